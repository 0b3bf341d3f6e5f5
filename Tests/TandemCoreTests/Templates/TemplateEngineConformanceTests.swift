import Foundation
import Mustache
import Testing
@testable import TandemCore

/// Tandem renders themes with its own engine (typed values, no protocol casts);
/// themes were written for swift-mustache. Every case here renders with both
/// and requires the same bytes: standalone lines, indentation, inheritance,
/// delimiters, escaping and the context stack.
@Suite("Template engine matches swift-mustache")
struct TemplateEngineConformanceTests {
    static var context: [String: Any] { [
        "title": "Agenda <del> \"taller\" & 'foro'", "lang": "es", "count": 3, "zero": 0, "empty": "",
        "yes": true, "no": false,
        "site": ["title": "Programas", "home": "/es/", "nested": ["deep": "hondo"]] as [String: Any],
        "i18n": ["skip": "Saltar al contenido", "tags": "Etiquetas"],
        "tags": ["ODS", "agua", "<b>"],
        "none": [String](),
        "menu": [
            ["title": "Programas", "url": "/es/programas/", "isActive": true],
            ["title": "Agendas", "url": "/es/agendas/", "isActive": false],
            ["title": "Socios", "url": "/es/socios/"],
        ] as [[String: Any]],
        "page": ["title": "Página á", "isHome": false, "content": "<p>Hola</p>", "date": ["iso": "2024-05-01", "text": "1 de mayo de 2024"]] as [String: Any],
        "partialName": "footer",
        "combining": "<\u{301}b> a\u{301}",
    ] }

    static let partials: [String: String] = [
        "footer": "<footer>{{site.title}}</footer>\n",
        "item": "<li>{{title}}</li>\n  <span>{{i18n.tags}}</span>\n",
        "multi": "line one {{lang}}\nline two\n{{#menu}}\n  - {{title}}\n{{/menu}}\n",
        "base": "<html>\n{{$head}}<title>default</title>{{/head}}\n<body>\n  {{$main}}\n  default main\n  {{/main}}\n</body>\n</html>\n",
        "layout": "{{<base}}\n{{$head}}<title>{{title}}</title>{{/head}}\n{{/base}}\n",
        // Lines whose first tags write nothing, a CRLF line and a nested standalone partial:
        // the indentation goes before what is written, never before nothing.
        "sparse": "{{missing}}{{#no}}x{{/no}}line {{lang}}\n{{empty}}\n{{title}}\r\nend {{yes}}\n  {{> footer}}\n",
    ]

    static let templates: [String] = [
        "Hello {{title}} and {{{title}}} and {{&title}}.",
        "{{count}} {{zero}} {{yes}} {{no}} [{{empty}}] [{{missing}}] {{site.nested.deep}} {{site.missing.deep}}",
        "{{#yes}}yes{{/yes}}{{#no}}no{{/no}}{{^no}}not no{{/no}}{{^yes}}not yes{{/yes}}",
        "{{#zero}}zero is truthy {{.}}{{/zero}}{{#empty}}empty string is truthy [{{.}}]{{/empty}}{{^missing}}missing{{/missing}}",
        "<ul>\n{{#menu}}\n  <li><a href=\"{{url}}\"{{#isActive}} aria-current=\"true\"{{/isActive}}>{{title}}</a> {{lang}} {{site.title}}</li>\n{{/menu}}\n</ul>\n",
        "{{#tags}}<li>{{.}}</li>{{/tags}}{{^tags}}none{{/tags}}{{#none}}x{{/none}}{{^none}}no items{{/none}}",
        "  {{#menu}}\n  {{title}}\n  {{/menu}}\n  {{^none}}\n  indented\n  {{/none}}\n",
        "{{#page}}{{title}} {{date.text}} {{lang}} {{.title}} {{.lang}}{{/page}}",
        "{{#page.date}}<time datetime=\"{{iso}}\">{{text}}</time>{{/page.date}}",
        "before\n  {{> footer}}\nafter\n",
        "<ul>\n  {{> item}}\n</ul>\n{{#menu}}\n    {{> item}}\n{{/menu}}\n",
        "  {{> multi}}\n",
        "  {{> sparse}}\n    {{>*partialName}}\n{{#menu}}\n  {{> sparse}}\n{{/menu}}\n",
        "{{>footer}}{{> footer }}",
        "{{>*partialName}}",
        "{{! a comment }}x\n{{! standalone comment }}\ny {{! inline }} z\n",
        "{{=<% %>=}}\n<% title %> {{title}} <%# yes %>ok<%/ yes %>\n<%={{ }}=%>\n{{lang}}\n",
        "{{<base}}\n{{$main}}\n<p>{{page.title}}</p>\n{{/main}}\n{{/base}}\n",
        "{{<base}}{{$head}}<title>{{title}}</title>{{/head}}{{/base}}",
        "{{<layout}}\n{{$main}}\n  override {{lang}}\n{{/main}}\n{{/layout}}\n",
        "line\r\n{{#yes}}\r\ncrlf\r\n{{/yes}}\r\nend\r\n",
        "{{combining}} {{title}}",
        "{{% CONTENT_TYPE: TEXT }}\n{{title}}\n{{> footer}}",
        "  {{#yes}}  \n  inside\n  {{/yes}}  \ntrailing\n{{#no}}\n{{/no}}",
        "{{#menu}}{{#isActive}}[{{title}}]{{/isActive}}{{^isActive}}{{title}}{{/isActive}}{{/menu}}",
        "{{#site}}{{#nested}}{{deep}} {{title}} {{lang}}{{/nested}}{{/site}}",
        "\t{{> footer}}\n  \t{{#yes}}\ttab\n{{/yes}}",
        "no newline at end {{#yes}}x{{/yes}}",
        "{{#yes}}\n{{/yes}}",
    ]

    func mustacheLibrary() throws -> MustacheLibrary {
        var library = MustacheLibrary()
        for (name, text) in Self.partials { library.register(try MustacheTemplate(string: text), named: name) }
        return library
    }

    func tandemLibrary() throws -> TemplateLibrary {
        var library = TemplateLibrary()
        for (name, text) in Self.partials { library.register(try TemplateParser.parse(text), named: name) }
        return library
    }

    @Test(arguments: Self.templates.indices)
    func rendersAsSwiftMustache(_ index: Int) throws {
        let text = Self.templates[index]
        var expectedLibrary = try mustacheLibrary()
        expectedLibrary.register(try MustacheTemplate(string: text), named: "case")
        var library = try tandemLibrary()
        library.register(try TemplateParser.parse(text), named: "case")
        let expected = expectedLibrary.render(Self.context, withTemplate: "case")
        let rendered = library.render(TemplateValue(Self.context), withTemplate: "case")
        #expect(rendered == expected, "template: \(text.debugDescription)")
    }

    /// The bundled theme's own templates, each over a context with every name it uses.
    @Test func bundledThemeRendersAsSwiftMustache() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("themes/default/templates")
        var expectedLibrary = MustacheLibrary()
        var library = TemplateLibrary()
        var names: [String] = []
        for relative in ThemeLoader.files(under: folder, extension: "mustache") {
            let text = try String(contentsOf: folder.appendingPathComponent(relative), encoding: .utf8)
            let name = ThemeLoader.templateName(relative)
            expectedLibrary.register(try MustacheTemplate(string: text), named: name)
            library.register(try TemplateParser.parse(text), named: name)
            names.append(name)
        }
        #expect(names.count >= 15)
        var context = Self.context
        context["page"] = [
            "title": "Agenda del taller", "isRegular": true, "hasTags": true, "tags": ["ODS"], "hasToc": true,
            "toc": [["level": 2, "text": "Día 1", "id": "dia-1"]], "content": "<p>x</p>", "description": "d",
            "related": ["hasAgendas": true, "agendas": [["title": "A", "url": "/a/", "isOtherLanguage": true, "languageCode": "en", "languageName": "English", "facts": "1 día"]]],
            "pages": [["title": "P", "url": "/p/", "summary": "s", "date": false]], "hasPages": true,
        ] as [String: Any]
        context["languageSwitch"] = [["code": "es", "name": "Español", "url": "/es/", "isCurrent": true], ["code": "en", "name": "English", "url": "/en/", "isCurrent": false, "isTranslated": false]]
        context["hasMenu"] = true
        context["breadcrumbs"] = [["title": "Inicio", "url": "/es/", "isCurrent": false], ["title": "Agenda", "url": "/es/a/", "isCurrent": true]]
        context["hasBreadcrumbs"] = true
        context["isUntranslated"] = true
        context["missingTranslations"] = [["code": "en", "name": "English", "url": "/en/"]]
        context["alternates"] = [["hreflang": "es", "url": "https://e.org/es/"]]
        for name in names {
            #expect(library.render(TemplateValue(context), withTemplate: name) == expectedLibrary.render(context, withTemplate: name), "template \(name)")
        }
    }

    @Test func syntaxErrorsSayWhere() {
        for (text, line, column) in [("a\n{{#x}}\nb", 3, 2), ("{{#x}}{{/y}}", 1, 10), ("x {{name", 1, 9), ("{{uppercased(x)}}", 1, 18)] {
            do {
                _ = try TemplateParser.parse(text)
                Issue.record("\(text.debugDescription) parsed")
            } catch {
                #expect((error.line, error.column) == (line, column), "\(text.debugDescription): \(error.line):\(error.column) \(error.message)")
            }
        }
    }
}
