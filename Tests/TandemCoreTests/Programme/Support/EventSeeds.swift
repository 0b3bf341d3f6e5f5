/// Seed 004's events list, as the converted document has it: list items with hard
/// breaks, then four items that lost their list markers and became paragraphs.
enum EventSeeds {
    static let events = """
    **6) SEMINARIOS, TALLERES, LABORATORIOS Y FOROS EN QUE PARTICIPAMOS DURANTE NUESTRA GESTION 2017 – 2018.**

    - 2016 **XXI Cumbre de Mercociudades.** 23-25 de noviembre, Santa Fe. Argentina.
    - 2017 **Encuentro anual de Coordinaciones de Unidades Técnicas de Mercociudades**  
    20 al 22 de marzo. Montevideo-Uruguay.
    - 2017 **Foro Mundial sobre las violencias urbanas y educación para la convivencia y la Paz.** 19 – 21 de abril. Madrid - España.
    - 2017 **ONU- CEPAL. Primer Encuentro de Países de América Latina y el Caribe sobre Desarrollo Sostenible.** 25-28 de abril. Ciudad de México – México.
    - 2017 **Toma de Posesión de Lenín Moreno como presidente de Ecuador.** 25 de mayo.  
    Quito – Ecuador.
    - 2017 **Ciudades sin Miedo.** 8 al 13 de junio Barcelona – España.
    - 2017 **III Foro de Andalucía Solidaria. Taller sobre Localización de los Objetivos de Desarrollo Sostenible (ODS).** FAMSÍ. Córdoba-España 14 de junio .
    - 2017 **Taller Localización de los ODS. CGLU.** 15 y 16 de junio de  
    Barcelona – España.
    - 2017 **II Foro Latinoamericano sobre Desarrollo Económico Local,** Cochabamba  
    Bolivia 27 -30 de junio.
    - 2017 **X Cumbre Hemisférica de Autoridades Locales de América Latina.**  
    FLACMA. Pachuca- México. 23 -26 de agosto.
    - 2017 **Encuentro de Gobiernos Subnacionales. Objetivos de Desarrollo Sostenible: Desafíos para la adaptación.** 5 de septiembre Buenos Aires-Argentina.
    - 2017 **IV Foro Mundial de Desarrollo Económico Local.** Praia, Cabo Verde.  
    17-20 octubre.
    - 2017 **Taller de Reingeniería para el Fortalecimiento Institucional de Mercociudades.**  
    Córdoba, Argentina, 6 y 7 de noviembre.
    - 2017 **Conferencia Internacional. Ciudades Democráticas.** 17-18 de Noviembre.  
    Madrid

    2017 **I Foro Global de Gobiernos Locales**. 22 al 24 de Noviembre. Sevilla – España.

    2017 **Seminario internacional FAL de Periferia-CGLU**. 25 de Noviembre. Sao Leopoldo  
    Brasil.

    2017 **XXII Cumbre de Mercociudades**. Córdoba 29 y 30 De noviembre y 1° de  
    Diciembre.

    2018 **Foro Continental de Ciudades Intermedias Latinoamérica “Hacia la Agenda  
    2030”**. 28 de Febrero al 2 de marzo. Cuenca – Ecuador.
    """

    /// Seed 004's "5) ACTIVIDADES PLANIFICADAS", as list items: month-only dates, and
    /// one item (December 2017) listed after October 2018.
    static let planned = """
    ## 5) ACTIVIDADES PLANIFICADAS

    - Noviembre de 2017. Participar en el XXII Congreso de Mercociudades .
    - Marzo de 2018. Encuentro de Coordinadores, subcoordinadores y miembros de la Unidades Técnicas. Construir una propuesta de mayor coordinación y gestión integral para nuestras ciudades.
    - Durante 2018 generar un encuentro de las Unidades Temáticas que se vinculan al tema de Desarrollo Social en Puerto Montt Chile. (Octubre).
    - Participar en los encuentros de dichas Unidades Técnicas que se planifiquen en el encuentro de marzo.
    - Abril participar en la creación de la Red Hambre Cero en Cuenca Ecuador
    - Mayo Participación en la creación de la red de Ciudades intermedias de Queretaro - México.
    - Julio participación en el Foro Mundial de Ciudades UIntermedias. Marruecos.
    - Agosto de 2018 Consejo de MERCOCIUDADES. Presentación del Estado de avance del Plan de acción 2017-2018.
    - 2- 5 de Octubre de 2018 Seminario - Taller “ Ciudades de América Latina por el Desarrollo Sostenible Puerto Montt II”
    - Diciembre de 2017 XXIII Congreso de MERCOCIUDADES en La Paz.
    """
}
