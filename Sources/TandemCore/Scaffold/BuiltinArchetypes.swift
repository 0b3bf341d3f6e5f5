/// The archetypes built into tandem, one per kind of page, in Spanish and
/// English (other languages get the English text to translate). Each builds
/// without a warning and is recognised as its kind; `BuiltinArchetypeTests`
/// checks both.
enum BuiltinArchetypes {
    static func text(_ kind: Archetype.Kind, language: String) -> String {
        let spanish = language.hasPrefix("es")
        switch kind {
        case .programmeNote: return spanish ? programmeNoteES : programmeNoteEN
        case .agenda: return spanish ? agendaES : agendaEN
        case .partners: return spanish ? partnersES : partnersEN
        case .events: return spanish ? eventsES : eventsEN
        }
    }

    static let programmeNoteES = """
        ---
        title: "{{title}}"
        date: {{date}}
        summary: "Una o dos frases sobre el programa: aparecen en las listas y en la búsqueda."
        tags: []
        translationKey: {{name}}
        # Para enlazar la lista de socios o las agendas, nombre su translationKey:
        # partners: partners-{{name}}
        # agendas: [agenda-{{name}}]
        ---

        Presente el programa en pocas frases: quién lo impulsa, dónde, desde cuándo y qué busca cambiar.

        ## Objetivos

        - Fortalecer la capacidad técnica de los gobiernos locales.
        - Facilitar el intercambio de experiencias entre municipios.

        ## Actividades

        Describa los cursos, talleres o proyectos del programa.

        """

    static let programmeNoteEN = """
        ---
        title: "{{title}}"
        date: {{date}}
        summary: "One or two sentences about the programme: shown in lists and in search."
        tags: []
        translationKey: {{name}}
        # To link its partner list or agendas, name their translationKey:
        # partners: partners-{{name}}
        # agendas: [agenda-{{name}}]
        ---

        Introduce the programme in a few sentences: who runs it, where, since when and what it sets out to change.

        ## Objectives

        - Strengthen the technical capacity of local governments.
        - Help municipalities share what they learn.

        ## Activities

        Describe the programme's courses, workshops or projects.

        """

    static let agendaES = """
        ---
        title: "{{title}}"
        date: {{date}}
        summary: "Agenda de la jornada."
        translationKey: agenda-{{name}}
        venue: "Sala de conferencias"
        city: "Montevideo"
        country: UY
        timezone: America/Montevideo
        dates: [{{date}}]
        ---

        ## {{dayHeading}}

        - 09:00–09:30 Acreditación de participantes
        - 09:30–10:30 *Sesión inaugural:*
          Palabras de bienvenida de las instituciones organizadoras
        - 10:30–11:00 Pausa café
        - 11:00–12:30 *Panel:*
          Los gobiernos locales y la Agenda 2030
        - 12:30–13:00 Conclusiones y cierre

        """

    static let agendaEN = """
        ---
        title: "{{title}}"
        date: {{date}}
        summary: "The day's agenda."
        translationKey: agenda-{{name}}
        venue: "Conference room"
        city: "Montevideo"
        country: UY
        timezone: America/Montevideo
        dates: [{{date}}]
        ---

        ## {{dayHeading}}

        - 09:00–09:30 Registration of participants
        - 09:30–10:30 *Opening session:*
          Welcome from the organising institutions
        - 10:30–11:00 Coffee break
        - 11:00–12:30 *Panel:*
          Local governments and the 2030 Agenda
        - 12:30–13:00 Conclusions and closing

        """

    static let partnersES = """
        ---
        title: "{{title}}"
        summary: "Instituciones que participan en el programa."
        translationKey: partners-{{name}}
        # El programa de estos socios, por su translationKey:
        # programme: {{name}}
        ---

        ## Socios

        - Intendencia de Montevideo, Uruguay
        - Asociación de Municipios del Valle del Itata, Chile
        - Programa de las Naciones Unidas para el Desarrollo

        """

    static let partnersEN = """
        ---
        title: "{{title}}"
        summary: "Institutions taking part in the programme."
        translationKey: partners-{{name}}
        # The programme these partners work on, by its translationKey:
        # programme: {{name}}
        ---

        ## Partners

        - Municipality of Montevideo, Uruguay
        - Association of Municipalities of the Itata Valley, Chile
        - United Nations Development Programme

        """

    static let eventsES = """
        ---
        title: "{{title}}"
        summary: "Seminarios, talleres y foros en que participó el programa."
        translationKey: events-{{name}}
        ---

        - 2025 **Foro Latinoamericano de Desarrollo Económico Local.** 23 al 25 de abril. Montevideo, Uruguay.
        - 2025 **Taller sobre localización de los ODS.** 15 y 16 de junio. Córdoba, Argentina.

        """

    static let eventsEN = """
        ---
        title: "{{title}}"
        summary: "Seminars, workshops and forums the programme took part in."
        translationKey: events-{{name}}
        ---

        - 2025 **Latin American Forum on Local Economic Development.** 23–25 April. Montevideo, Uruguay.
        - 2025 **Workshop on localising the SDGs.** 15–16 June. Córdoba, Argentina.

        """
}
