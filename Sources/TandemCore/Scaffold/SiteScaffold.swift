import Foundation

/// `tandem init`: the files of a new site that builds as it is, with the
/// built-in theme: a commented `tandem.yaml`, a home page per language, and
/// one programme note (its section page included) in every language.
public struct SiteScaffold: Sendable {
    /// Language codes, the first the default and the source of translations.
    public var languages: [String]

    /// Throws when a code is not a language tag or the built-in theme has no UI strings for it.
    public init(languages: [String]) throws {
        var seen: [String] = []
        for code in languages where !seen.contains(code) {
            guard code.range(of: "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$", options: .regularExpression) != nil else {
                throw ScaffoldError.invalidLanguageCode(code)
            }
            guard BuiltinTheme.languageCodes.contains(code) else {
                throw ScaffoldError.unsupportedLanguage(code, supported: BuiltinTheme.languageCodes)
            }
            seen.append(code)
        }
        guard !seen.isEmpty else { throw ScaffoldError.invalidLanguageCode("") }
        self.languages = seen
    }

    public var files: [ScaffoldFile] {
        var files = [ScaffoldFile(path: SiteConfig.fileName, text: config)]
        for code in languages {
            let text = SiteScaffoldText.forLanguage(code)
            files.append(ScaffoldFile(path: "content/_index.\(code).md", text: text.home))
            files.append(ScaffoldFile(path: "content/programmes/_index.\(code).md", text: text.section))
            files.append(ScaffoldFile(path: "content/programmes/participatory-budgeting.\(code).md", text: text.example))
        }
        return files
    }

    /// Writes the site into `folder` (made if missing). Nothing is written when any file exists.
    public func write(into folder: URL) throws {
        try ScaffoldFile.writeAll(files, into: folder)
    }

    var config: String {
        let main = languages[0]
        var text = """
            # Tandem site configuration. Every setting is explained on the line above it.

            # Where the site will be hosted. "/" works at the root of any server; a full URL
            # (https://example.org/programmes/) also gives absolute canonical links and a
            # complete sitemap. `tandem build --base-url URL` overrides it.
            baseURL: /

            # The main language, one of the codes under `languages`: a file with no language
            # suffix (page.md) is in it, and the site's root pages (language chooser, 404) use it.
            defaultLanguage: \(main)

            # The theme: `default` is built into tandem. To change one template, asset or UI
            # string, put a file of the same name in themes/default/ (`tandem theme export`
            # writes the whole theme there to start from).
            theme: default

            # One entry per language, in the order menus list them. A page's language is the
            # suffix of its file name: content/programmes/budgets.\(main).md.
            #   code: the suffix and the URL prefix (/\(main)/)
            #   name: the language's name for itself, in the language switch
            #   locale: how dates are written and lists sorted (es, en-GB, pt-BR)
            #   title, description: the site's title and description in that language
            languages:

            """
        for code in languages {
            let language = SiteScaffoldText.forLanguage(code)
            text += """
                  - code: \(code)
                    name: \(language.name)
                    locale: \(code)
                    title: \(language.siteTitle)
                    description: \(language.siteDescription)

                """
        }
        text += """

            # Raw HTML in Markdown: false drops it (safer with many authors), true keeps it.
            markdown:
              rawHTML: false

            # The language translations are made from: `tandem status` and `tandem review`
            # compare the other languages with it.
            translation:
              source: \(main)

            """
        return text
    }
}
