extension TranslationStatus {
    /// Takes what the review of one translation against its source found: its
    /// findings (waived ones left out: they were looked at and accepted) and, when
    /// it still has untranslated parts, the `incomplete` state. A stale translation
    /// stays stale: it needs work anyway, and the review shows the rest.
    mutating func recordReview(_ review: PairReview, of languageCode: String) {
        guard let position = versions.firstIndex(where: { $0.languageCode == languageCode }) else { return }
        versions[position].findings = review.allFindings.filter { !$0.waived }
        let state = versions[position].state
        if (state == .ok || state == .untracked) && versions[position].untranslatedCount > 0 {
            versions[position].state = .incomplete
        }
    }

    /// Each translation reviewed against the source (both must exist), by language:
    /// the reviews `recordReview` takes. Empty when the source is missing.
    func reviewsAgainstSource(_ reviewer: PairReviewer) -> [String: PairReview] {
        guard source?.pageIndex != nil else { return [:] }
        var reviews: [String: PairReview] = [:]
        for version in translations where version.pageIndex != nil {
            reviews[version.languageCode] = reviewer.review(self, left: sourceLanguageCode, right: version.languageCode)
        }
        return reviews
    }
}
