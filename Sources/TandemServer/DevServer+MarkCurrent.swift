import Foundation
import Hummingbird
import NIOCore
import TandemCore

/// "Mark as current" in the served review: a plain HTML form POSTed to
/// `markCurrentPath`, refused unless it comes from this server's own review
/// page (`SameOriginCheck`) with this run's token (`ActionToken`), then done
/// as `tandem translate --mark-current` does it (`MarkCurrentAction`).
extension DevServer {
    /// Where the pair pages' forms are sent: beside them, so that a refusal page
    /// answered at this address keeps the pair page's relative links.
    public static var markCurrentPath: String { ReviewCache.pathPrefix + "pairs/" + ReviewSiteBuilder.markCurrentAction }

    /// More than any form of the review needs (a token, a path, a page name).
    static let maxFormBytes = 8 * 1024
    /// How long a request that wrote a file waits for the watcher's rebuild before answering.
    static let rebuildWait = 10.0

    func markCurrent(_ request: Request) async -> Response {
        guard request.method == .post else {
            return Response(status: .methodNotAllowed, headers: [.allow: "POST"])
        }
        guard FormFields.isFormType(request.headers[.contentType]) else {
            return page(415, MarkCurrentPage.message(status: 415, "the review's forms send application/x-www-form-urlencoded, nothing else"))
        }
        if let refusal = originCheck.refusal(
            host: request.head.authority, origin: request.headers[.origin],
            referer: request.headers[.referer], fetchSite: request.headers.first { $0.name.canonicalName == "sec-fetch-site" }?.value) {
            return page(403, MarkCurrentPage.message(status: 403, refusal))
        }
        let body: ByteBuffer
        do {
            body = try await request.body.collect(upTo: Self.maxFormBytes)
        } catch {
            return page(413, MarkCurrentPage.message(status: 413, "the form is larger than \(Self.maxFormBytes) bytes"))
        }
        guard let fields = FormFields(String(buffer: body)) else {
            return page(400, MarkCurrentPage.message(status: 400, "the form's fields cannot be read"))
        }
        let mark = rebuilds.finished
        let action = MarkCurrentAction(siteFolder: configuration.siteFolder, token: token)
        let answer = await withCheckedContinuation { (done: CheckedContinuation<MarkCurrentAction.Answer, Never>) in
            // Loading the site and reviewing the pair take a while on a big site: off the server's threads.
            DispatchQueue.global().async { done.resume(returning: action.perform(fields)) }
        }
        switch answer {
        case .marked(let outcome, let pair):
            if outcome.changed {
                eventSink.send(.markedCurrent(outcome))
                // The watcher sees the write and rebuilds the site, which also makes the review
                // rebuild on the next request. Answering after that rebuild means the pair page the
                // browser asks for next is reviewed once, with the new file.
                if await !rebuilds.waitForRebuild(of: outcome.path, after: mark, timeout: Self.rebuildWait) {
                    review.invalidate()
                }
            }
            return Response(status: .seeOther, headers: [.location: ReviewCache.pathPrefix + "pairs/" + pair, .cacheControl: "no-store"])
        case .refused(let error, let path, let pair):
            await review.ensureCurrent()
            let pairPage = StaticFileResponder(folder: reviewFolder, pathPrefix: ReviewCache.pathPrefix, languageCodes: [])
                .answer(path: ReviewCache.pathPrefix + "pairs/" + pair)
            let html = pairPage.status == 200
                ? MarkCurrentPage.refusal(error, path: path, pair: pair, in: String(decoding: pairPage.body, as: UTF8.self))
                : nil
            return page(409, servedReviewHTML(html ?? MarkCurrentPage.message(status: 409, "\(path): \(error.message)")))
        case .rejected(let status, let message):
            return page(status, MarkCurrentPage.message(status: status, message))
        }
    }

    private func page(_ status: Int, _ html: String) -> Response {
        Response(
            status: HTTPResponse.Status(code: status),
            headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store", .contentLength: String(html.utf8.count)],
            body: ResponseBody(byteBuffer: ByteBuffer(string: html)))
    }
}
