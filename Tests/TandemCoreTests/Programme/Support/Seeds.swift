@testable import TandemCore

/// The real seed documents of the bundled site, written as the Markdown the site keeps.
enum Seeds {
    /// Seed 003, workshop concept note: "Agenda Provisional", one day as a table.
    static let workshop = """
    # Taller de Formación

    Agenda Provisional*

    ## Viernes 1 de noviembre

    | Hora | Sesión |
    |---|---|
    | 10:30-10:40 (10 minutos) | Palabras de Bienvenida: Sr. Sergio Arredondo, Secretario Ejecutivo, FLACMA Tema 1: Principios de una Gobernanza Eficaz para el Desarrollo Sostenible |
    | 10:40-11:00 (20 minutos) | Tema 2: ¿Por qué es fundamental cambiar la mentalidad para la implementación de los ODS? Explorando nuevas mentalidades: mentalidades colaborativas e innovadoras |
    | 11:00-11:20 (20 minutos) | Tema 3: Identificación de Prioridades y Nuevos Enfoques para la Prestación de Servicios Inclusivos, centrándose en: • Inclusión Social de Grupos Vulnerables • Mejora de la Coordinación Institucional para la Prestación Eficaz de Servicios Públicos |
    | 11:20-11:55 (45 minutos) | Actividad grupal: Creación de una Hoja de Ruta para el Cambio Transformacional y Nuevas Mentalidades |
    | 11:55-12:00 | Conclusiones |

    *Agenda sujeta a cambios

    ## Información de contacto

    UN DESA/DPIDG
    """

    /// Seed 003, summit programme: "PROGRAMA GENERAL", three days as lists.
    static let summit = """
    # Agenda Cumbre FLACMA

    Cumbre Latinoamericana de Concejales, Punta Cana | República Dominicana.

    ## PROGRAMA GENERAL

    ### Jueves | 31 de octubre

    - **10:00 hrs.** Recepción de Participantes
    - **18:00 hrs.** Ceremonia Inaugural
    - **19:30 hrs.** *Conferencia Magistral:*
      El Papel de los Cabildos en el Gobierno de las Ciudades
    - **20:30 hrs.** Reunión de la Red Latinoamericana de Concejales:
      plan de trabajo y renovación de dirigencia

    ### Viernes | 1 de noviembre

    - **9:00 hrs.** *Conferencia Magistral:*
      Oportunidades de la Cooperación Internacional en Favor de los Concejos Municipales
    - **10:30 hrs.** *Sesión de Formación:*
      El Papel de los Concejales en la Innovación de los Gobiernos Locales
    - **12:00 hrs.** Almuerzo
    - **14:00 hrs.** *Sesión de Expertos:*
      Importancia y Modelos de Concejos Municipales en los Países de Latinoamérica
    - **15:30 hrs.** *Taller Temático:*
      Desafíos del Cambio Climático en el Desarrollo de las Ciudades
    - **17:00 hrs.** *Conferencia Magistral:*
      Desafíos del Desarrollo Urbano en las Ciudades de Latinoamérica
    - **18:00 hrs.** *Diálogo de Concejales:*
      Experiencias Nacionales de Concejos Municipales
    - **21:00 hrs.** Fiesta Cultural

    ### Sábado | 2 de noviembre

    - **10:00 hrs.** **Sesión Final de Clausura**
      - Entrega de Constancias de Participación
      - Declaración Final
    - **12:00 hrs.** **Final de Actividades**

    ## Construcción de Agendas, Compromisos y Acuerdos

    Informes: Eduardo Delgado
    """
}

extension AgendaParseResult {
    /// Parse and validation diagnostics together, as the build reports them.
    func validated() -> AgendaParseResult {
        var copy = self
        copy.diagnostics.append(contentsOf: AgendaValidator.validate(agenda))
        return copy
    }
}
