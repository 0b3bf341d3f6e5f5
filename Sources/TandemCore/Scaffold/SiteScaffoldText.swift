/// The words of a new site (`tandem init`) in one language: its name, title,
/// home page, section page and example programme note.
struct SiteScaffoldText {
    var name: String
    var siteTitle: String
    var siteDescription: String
    var home: String
    var section: String
    var example: String

    /// Spanish for `es…`, English otherwise (the built-in theme has UI strings for these two).
    static func forLanguage(_ code: String) -> SiteScaffoldText {
        code.hasPrefix("es") ? spanish : english
    }

    static let spanish = SiteScaffoldText(
        name: "Español",
        siteTitle: "Programas de desarrollo local",
        siteDescription: "Notas de programa, agendas y socios.",
        home: """
            ---
            title: "Programas de desarrollo local"
            ---

            Este sitio reúne las notas de programa, agendas, socios y eventos de nuestros programas de desarrollo local. Cada página se publica en español y en inglés cuando existe su traducción.

            """,
        section: """
            ---
            title: "Programas"
            slug: programas
            weight: 1
            ---

            Notas de programa, proyectos y planes de trabajo.

            """,
        example: """
            ---
            title: "Presupuesto participativo en municipios pequeños"
            slug: presupuesto-participativo
            date: 2026-03-02
            summary: "Un programa de formación y acompañamiento para que municipios de menos de 20.000 habitantes abran parte de su presupuesto a la decisión vecinal."
            tags: [presupuesto participativo, municipios, formación]
            translationKey: presupuesto-participativo
            ---

            En muchos municipios pequeños de América Latina, el presupuesto se decide en pocas oficinas y la ciudadanía conoce las obras cuando ya están en marcha. Este programa acompaña a los gobiernos locales que quieren abrir una parte de su inversión anual a la decisión de sus vecinos y vecinas.

            El programa combina un curso a distancia para equipos técnicos municipales con talleres presenciales en cada territorio. Durante un ciclo presupuestario completo, cada municipio diseña su reglamento, organiza asambleas barriales, somete los proyectos a votación y rinde cuentas de su ejecución.

            ## Objetivos

            - Fortalecer la capacidad técnica de los equipos municipales para planificar y ejecutar un presupuesto participativo.
            - Aumentar la participación de mujeres y jóvenes en las decisiones de inversión local.
            - Documentar las experiencias para que otros municipios de la región puedan adaptarlas.

            ## Quién puede participar

            Municipios de menos de 20.000 habitantes que destinen al menos el 5 % de su inversión anual a proyectos elegidos por la ciudadanía.

            """)

    static let english = SiteScaffoldText(
        name: "English",
        siteTitle: "Local development programmes",
        siteDescription: "Programme notes, agendas and partners.",
        home: """
            ---
            title: "Local development programmes"
            ---

            This site gathers the programme notes, agendas, partners and events of our local development programmes. Each page is published in Spanish and in English when its translation exists.

            """,
        section: """
            ---
            title: "Programmes"
            slug: programmes
            weight: 1
            ---

            Programme notes, projects and work plans.

            """,
        example: """
            ---
            title: "Participatory budgeting in small municipalities"
            slug: participatory-budgeting
            date: 2026-03-02
            summary: "A training and support programme that helps municipalities of fewer than 20,000 inhabitants open part of their budget to residents' decisions."
            tags: [participatory budgeting, municipalities, training]
            translationKey: presupuesto-participativo
            ---

            In many small Latin American municipalities the budget is decided in a few offices, and residents learn about public works once they are already under way. This programme supports local governments that want to open part of their yearly investment to the decision of their residents.

            The programme combines a distance-learning course for municipal technical teams with on-site workshops in each territory. Over a full budget cycle, each municipality drafts its rules, holds neighbourhood assemblies, puts projects to the vote and reports on how they were carried out.

            ## Objectives

            - Strengthen the technical capacity of municipal teams to plan and run a participatory budget.
            - Increase the participation of women and young people in local investment decisions.
            - Document the experiences so that other municipalities in the region can adapt them.

            ## Who can take part

            Municipalities of fewer than 20,000 inhabitants that set aside at least 5% of their yearly investment for projects chosen by residents.

            """)
}
