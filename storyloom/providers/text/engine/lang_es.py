"""Spanish phrase bank of the built-in engine."""

from __future__ import annotations

from storyloom.providers.text.engine.lexicon import GenreWorld, Lexicon


def _world(
    place_in: str,
    goal: str,
    problem: str,
    discovery: str,
    ending: str,
    title: str,
    obstacles: tuple[str, ...],
    attempts: tuple[tuple[str, str], ...],
    details: tuple[str, ...],
    vocabulary: tuple[tuple[str, str], ...],
) -> GenreWorld:
    return GenreWorld(
        place_in, goal, problem, discovery, ending, title, obstacles, attempts, details, vocabulary
    )


WORLDS = {
    "adventure": _world(
        "en un valle de pinos altos y arroyos rápidos",
        "la vieja brújula dorada",
        "la vieja brújula dorada había rodado colina abajo",
        "la brújula hacía tic tac bajo un helecho junto a la cascada",
        "la brújula dorada señalaba otra vez el camino a casa",
        "{hero} y la brújula dorada",
        (
            "un puente de cuerdas se balanceaba sobre el arroyo",
            "un tronco caído cerraba el camino",
            "una niebla espesa bajó de las colinas",
            "el sendero se partía en tres caminos de barro",
            "un ganso gruñón vigilaba la única puerta",
        ),
        (
            ("{hero} subió a la roca más alta para mirar", "el valle era demasiado grande"),
            ("{hero} llamó a la brújula a gritos", "solo respondió el eco"),
            ("{hero} siguió unas huellas en el barro", "eran las huellas de un ciervo"),
            ("{hero} dibujó un mapa con un palo", "la lluvia borró el mapa"),
        ),
        (
            "los pinos olían a resina y a sol",
            "el arroyo cantaba sobre las piedras",
            "un halcón daba vueltas en el cielo",
            "el musgo era suave y fresco",
        ),
        (
            ("brújula", "un aparato con una aguja que señala el norte"),
            ("valle", "tierra baja entre montañas"),
            ("cascada", "agua que cae desde lo alto"),
            ("sendero", "un camino estrecho en el campo"),
        ),
    ),
    "fantasy": _world(
        "en un reino donde las nubes eran de algodón de azúcar",
        "la canción perdida del dragón",
        "el dragón dormilón había perdido su canción, y sin ella las flores no se abrían",
        "la canción estaba escondida dentro de una concha que zumbaba",
        "el dragón cantó, y todas las flores del reino se abrieron a la vez",
        "{hero} y la canción del dragón",
        (
            "un muro de rosas con espinas cerraba el paso",
            "una adivinanza estaba escrita en una puerta",
            "las piedras del río se alejaban flotando",
            "un trol gruñón pedía un chiste para dejar pasar",
            "el camino se volvió una escalera de nubes",
        ),
        (
            ("{hero} movió una varita prestada", "solo salieron burbujas"),
            ("{hero} cantó una canción para el dragón", "el dragón solo bostezó"),
            ("{hero} buscó en el libro del mago", "las páginas estaban en blanco"),
            ("{hero} preparó una poción de pétalos", "burbujeó y se volvió rosa, y nada más"),
        ),
        (
            "unos farolillos flotaban como luciérnagas",
            "las nubes olían a azúcar",
            "un arcoíris brillaba sobre las torres",
            "la hierba brillaba con rocío de plata",
        ),
        (
            ("reino", "una tierra gobernada por un rey o una reina"),
            ("dragón", "un animal de cuento con alas y escamas"),
            ("poción", "una bebida mágica"),
            ("concha", "la casa dura de algunos animales del mar"),
        ),
    ),
    "fairy tale": _world(
        "en una casita al borde de un bosque encantado",
        "la llave de oro de la torre cantora",
        "la llave de oro de la torre cantora había desaparecido, y la torre ya no cantaba",
        "una urraca había escondido la llave de oro en su nido, porque le gustaban las cosas brillantes",
        "la llave giró, y la torre cantó otra vez para todo el pueblo",
        "{hero} y la llave de oro",
        (
            "un río de miel cerraba el camino",
            "una puerta de hiedra no se abría",
            "un gigante dormía en medio del camino",
            "un puente pedía una palabra amable para dejar pasar",
            "dos gansos orgullosos vigilaban el sendero",
        ),
        (
            ("{hero} preguntó al viejo búho", "el búho había dormido toda la semana"),
            ("{hero} buscó en el jardín del palacio", "solo había rosas y caracoles"),
            ("{hero} hizo una llave de masa de pan", "se dobló como un fideo"),
            ("{hero} llamó tres veces a la puerta de la torre", "nadie contestó"),
        ),
        (
            "la chimenea de la casita echaba nubecitas",
            "las setas crecían en un círculo perfecto",
            "el bosque olía a piñas y a lluvia",
            "las campanillas se movían con la brisa",
        ),
        (
            ("casita", "una casa pequeña y acogedora"),
            ("encantado", "tocado por la magia"),
            ("torre", "un edificio alto y estrecho"),
            ("urraca", "un pájaro blanco y negro"),
        ),
    ),
    "space": _world(
        "en una pequeña estación espacial que giraba alrededor de la luna",
        "el mapa de estrellas",
        "el mapa de estrellas había desaparecido, y el cohete no sabía volver a casa",
        "el mapa había flotado hasta el invernadero y se había enrollado en una planta de judías",
        "el cohete despegó suavemente, con el mapa brillando en su pantalla",
        "{hero} y el mapa de estrellas",
        (
            "una lluvia de meteoritos pasó junto a la ventana",
            "el botón de la gravedad falló y todos flotaron",
            "una escotilla estaba atascada por el hielo",
            "las luces del pasillo se pusieron azules",
            "una nube de polvo espacial tapaba el camino",
        ),
        (
            ("{hero} preguntó al ordenador de la estación", "el ordenador solo cantaba pitidos"),
            ("{hero} miró por el gran telescopio", "solo se veía un cometa dormido"),
            ("{hero} buscó en los armarios", "estaban llenos de calcetines y galletas espaciales"),
            ("{hero} intentó dibujar las estrellas de memoria", "había demasiadas estrellas"),
        ),
        (
            "la Tierra brillaba azul y blanca en la ventana",
            "las estrellas no parpadeaban",
            "los motores zumbaban bajito",
            "las migas flotaban en el aire como nieve lenta",
        ),
        (
            ("estación", "un lugar en el espacio donde viven los astronautas"),
            ("cohete", "una máquina que vuela al espacio"),
            ("invernadero", "una sala de cristal con plantas"),
            ("gravedad", "la fuerza que nos mantiene en el suelo"),
        ),
    ),
    "animals": _world(
        "en una granja junto a un prado soleado",
        "el patito perdido",
        "el patito perdido se había ido, y Mamá Pata lo llamaba sin parar",
        "el patito dormía dentro de una bota vieja junto al granero",
        "el patito nadó feliz detrás de su mamá por el estanque",
        "{hero} y el patito perdido",
        (
            "el maíz alto se movía como un mar verde",
            "una zanja de barro cerraba el paso",
            "las cabras habían cerrado la puerta",
            "una montaña de paja tapaba el camino",
            "los cerdos hacían una fiesta muy ruidosa",
        ),
        (
            ("{hero} hizo cua cua muy fuerte", "las vacas solo mugieron"),
            ("{hero} miró en el gallinero", "las gallinas estaban contando huevos"),
            ("{hero} pidió al perro pastor que olfateara", "el perro solo encontró una pelota vieja"),
            ("{hero} echó migas de pan en el camino", "los gorriones se las comieron todas"),
        ),
        (
            "el granero olía a paja caliente",
            "las abejas zumbaban sobre el trébol",
            "el estanque brillaba como un espejo",
            "los corderos saltaban en el prado",
        ),
        (
            ("patito", "un pato bebé"),
            ("prado", "un campo de hierba y flores"),
            ("granero", "una casa grande de la granja para los animales"),
            ("estanque", "un lago pequeño"),
        ),
    ),
    "bedtime": _world(
        "en una casa tranquila al final de una calle dormida",
        "el rayo de luna perdido",
        "la lamparita había perdido su rayo de luna, y el cuarto estaba demasiado oscuro para soñar",
        "el rayo de luna descansaba en un vaso de agua junto a la ventana",
        "el rayo de luna volvió a la lamparita y brilló suave y plateado",
        "{hero} y el rayo de luna",
        (
            "el pasillo crujía a cada paso",
            "la escalera estaba llena de juguetes dormidos",
            "el gato estaba tumbado en la puerta",
            "las cortinas se movían con la brisa",
            "un montón de almohadas había caído al suelo",
        ),
        (
            ("{hero} miró debajo de la cama", "solo había un calcetín perdido"),
            ("{hero} abrió el armario", "estaba lleno de abrigos y de silencio"),
            ("{hero} buscó con una linterna", "la linterna hacía un círculo pequeño y amarillo"),
            ("{hero} preguntó al osito de peluche", "el osito ya roncaba"),
        ),
        (
            "el reloj hacía tic tac muy bajito",
            "la manta era suave y calentita",
            "un búho ululaba a lo lejos",
            "la casa olía a leche caliente",
        ),
        (
            ("rayo de luna", "la luz que llega de la luna"),
            ("lamparita", "una luz pequeña para la noche"),
            ("plateado", "del color brillante de la plata"),
            ("brilló", "dio una luz suave"),
        ),
    ),
    "mystery": _world(
        "en un pueblito junto al mar con tejados torcidos",
        "la tarta de cumpleaños del panadero",
        "la tarta de cumpleaños del panadero había desaparecido del escaparate durante la noche",
        "un rastro de migas y huellas pequeñas llevaba a la tarta, sana y salva en la cocina del alcalde",
        "el misterio estaba resuelto, y todos compartieron la tarta en la plaza",
        "{hero} y la tarta perdida",
        (
            "la pista estaba escrita en un código secreto",
            "las huellas se paraban en mitad de la calle",
            "la puerta de la tienda tenía un candado enorme",
            "tres vecinos contaron tres historias distintas",
            "la lluvia borró las marcas de tiza",
        ),
        (
            ("{hero} preguntó al pescador qué había visto", "él solo miraba los barcos"),
            ("{hero} buscó detrás de la panadería", "solo había sacos de harina vacíos"),
            ("{hero} siguió a un señor con sombrero", "solo iba a comprar el periódico"),
            ("{hero} hizo una lista de sospechosos", "todos habían estado durmiendo"),
        ),
        (
            "las gaviotas gritaban sobre el puerto",
            "las calles olían a sal y a pan",
            "el faro parpadeaba en el acantilado",
            "los barcos se mecían junto al muelle",
        ),
        (
            ("misterio", "algo extraño que hay que descubrir"),
            ("pista", "una señal que ayuda a resolver algo"),
            ("panadero", "una persona que hace pan y tartas"),
            ("resuelto", "con la respuesta encontrada"),
        ),
    ),
    "friendship": _world(
        "en un barrio alegre con un gran parque verde",
        "la cometa gigante de la fiesta",
        "la cometa gigante de la fiesta se había roto con el viento, y la fiesta era mañana",
        "cada amigo tenía un trocito que podía arreglar una parte de la cometa",
        "la cometa con parches voló más alto que todas las demás",
        "{hero} y la cometa de parches",
        (
            "el viento se llevaba los trozos",
            "el bote de pegamento estaba casi vacío",
            "la puerta del parque se cerraba por la noche",
            "un charco mojó el papel",
            "la cuerda tenía cien nudos",
        ),
        (
            ("{hero} intentó arreglar la cometa sin ayuda", "el agujero se hizo más grande"),
            ("{hero} pegó los trozos con cinta", "la cinta no pegaba"),
            ("{hero} quiso comprar otra cometa", "la tienda ya no tenía"),
            ("{hero} cosió los bordes rotos", "el hilo se rompió"),
        ),
        (
            "los niños reían en los columpios",
            "olía a palomitas",
            "un perro corría tras una pelota roja",
            "la fuente brillaba al sol",
        ),
        (
            ("fiesta", "una celebración grande y alegre"),
            ("cometa", "un juguete que vuela con el viento"),
            ("barrio", "las calles y la gente cerca de tu casa"),
            ("parches", "trocitos que tapan agujeros"),
        ),
    ),
    "science": _world(
        "en un taller lleno de engranajes, frascos y luces",
        "la máquina del tiempo atmosférico",
        "la máquina del tiempo atmosférico estaba haciendo nevar dentro del taller",
        "un engranaje pequeñito giraba al revés, y por eso la máquina iba hacia atrás",
        "la máquina zumbó, y un arcoíris pequeño cruzó el techo",
        "{hero} y la máquina del tiempo",
        (
            "faltaba la mitad de las instrucciones",
            "un muelle saltó y rodó bajo una estantería",
            "el destornillador era demasiado grande",
            "las luces parpadeaban con el ventilador",
            "un frasco de burbujas se volcó y llenó todo de espuma",
        ),
        (
            ("{hero} pulsó el gran botón rojo", "la máquina estornudó más nieve"),
            ("{hero} la apagó y la encendió otra vez", "pitó y empezó a granizar"),
            ("{hero} le puso más pilas", "la nieve se volvió cubitos de hielo"),
            ("{hero} leyó el manual al revés", "las palabras seguían sin tener sentido"),
        ),
        (
            "los frascos de agua de colores burbujeaban",
            "un robot pequeño barría el suelo",
            "el aire olía a aceite y a naranjas",
            "un modelo de los planetas giraba sobre la mesa",
        ),
        (
            ("taller", "un lugar donde se construyen y arreglan cosas"),
            ("engranaje", "una rueda con dientes que mueve otra rueda"),
            ("máquina", "una cosa con piezas que hacen un trabajo"),
            ("arcoíris", "un arco de colores"),
        ),
    ),
    "ocean": _world(
        "en un arrecife de coral donde el agua era tibia y azul",
        "la perla de la vieja tortuga",
        "la perla de la vieja tortuga se la había llevado una corriente fuerte",
        "la perla estaba dentro de una almeja gigante que se había cerrado para cuidarla",
        "la perla brilló otra vez en el caparazón de la tortuga e iluminó el arrecife",
        "{hero} y la perla de la tortuga",
        (
            "un bosque de algas se movía espeso y oscuro",
            "una corriente fuerte empujaba hacia atrás",
            "un cangrejo gruñón abría y cerraba las pinzas",
            "un banco de peces giraba como una tormenta de plata",
            "un barco hundido cerraba el camino de arena",
        ),
        (
            ("{hero} preguntó a un delfín", "el delfín tenía mucha prisa"),
            ("{hero} cavó en la arena", "solo se despertó una estrella de mar enfadada"),
            ("{hero} siguió un brillo", "era solo una cuchara perdida"),
            ("{hero} miró dentro del barco hundido", "un pulpo lo había llenado de piedras"),
        ),
        (
            "la luz del sol bailaba sobre la arena",
            "los peces payaso entraban y salían de las anémonas",
            "el agua sabía a sal",
            "las burbujas subían en hilos de plata",
        ),
        (
            ("arrecife", "una fila larga de coral bajo el mar"),
            ("corriente", "agua que se mueve con fuerza"),
            ("perla", "una bolita brillante que crece en una concha"),
            ("almeja", "un animal del mar con dos conchas"),
        ),
    ),
}

BEATS = {
    "opening": (
        (
            "{hero} vivía {place_in}",
            "{hero} jugaba siempre con {friends}",
            "{hero} tenía {hero_trait}",
            "Cada día era una nueva aventura",
        ),
        (
            "Esta es la historia de {hero} y de {friends}",
            "{hero} vivía {place_in}",
            "Eran los mejores amigos del mundo",
            "Allí nunca había tiempo para aburrirse",
        ),
    ),
    "meet": (
        (
            "{friend} era {friend_kind}",
            "{friend} era {friend_traits}",
            "{hero} y {friend} lo compartían todo",
            "Les encantaba hacer planes juntos",
        ),
        (
            "{friend} llegó corriendo para saludar",
            "{friend} era {friend_kind}",
            "Todos sabían que {friend} era {friend_traits}",
            "{hero} estaba feliz de tener una amistad así",
        ),
    ),
    "problem": (
        (
            "Pero entonces algo salió mal",
            "Qué pena, {problem}",
            "{hero} se quedó con la boca abierta",
            "Alguien tenía que hacer algo",
        ),
        (
            "Una mañana, {hero} oyó un grito preocupado",
            "Ay, {problem}",
            "{hero} y {friends} se miraron",
            "Nadie sabía qué hacer",
        ),
    ),
    "setout": (
        (
            "{hero} respiró hondo",
            "Vamos a buscar {goal}, dijo {hero}",
            "{friend} dijo que sí con la cabeza",
            "Prepararon una merienda y se pusieron en marcha",
        ),
    ),
    "journey": (
        (
            "Muy pronto, {obstacle}",
            "{hero} tomó la mano de {friend}",
            "Fueron despacio, paso a paso",
            "Por fin lo dejaron atrás",
        ),
        (
            "Por el camino, {obstacle}",
            "{friend} tragó saliva",
            "{hero} buscó otro camino",
            "Juntos encontraron la manera de pasar",
        ),
        (
            "Después, {obstacle}",
            "{hero} no se detuvo",
            "{friend} cantó una canción para darse valor",
            "Poco a poco, siguieron adelante",
        ),
    ),
    "spotlight": (
        (
            "{friend} tuvo una idea",
            "{friend} era {friend_traits}",
            "Era justo lo que necesitaban",
            "{hero} sonrió y dio las gracias",
        ),
        (
            "Era el turno de {friend}",
            "{friend} conocía un camino secreto",
            "{hero} se alegró mucho",
            "Siguieron adelante con más fuerza",
        ),
    ),
    "attempt": (
        ("Primero, {attempt}", "Pero {failure}", "{hero} suspiró", "Aquello no había funcionado"),
        (
            "Luego, {attempt}",
            "Ay, {failure}",
            "{friend} dio una palmadita a {hero}",
            "Tendrían que pensar otra cosa",
        ),
        (
            "Después, {attempt}",
            "Por desgracia, {failure}",
            "{hero} se sentó en una piedra",
            "Era más difícil de lo que pensaban",
        ),
    ),
    "quiet": (
        (
            "Se pararon a descansar",
            "{friend} compartió unas manzanas crujientes",
            "{detail}",
            "Por un momento, todo estaba en calma",
        ),
        (
            "{hero} se quedó un rato en silencio",
            "{detail}",
            "{friend} se sentó cerca",
            "Descansar les ayudó a pensar",
        ),
    ),
    "doubt": (
        (
            "{hero} sintió mucho cansancio",
            "A lo mejor no podemos, dijo {hero}",
            "{friend} no dijo nada",
            "El cielo se oscureció un poco",
        ),
    ),
    "wonder": (
        ("{hero} miró a su alrededor", "{detail}", "Todo era precioso", "{friend} se rio de alegría"),
        ("Caminaron y caminaron", "{detail}", "{hero} señaló y sonrió", "Había tanto que ver"),
    ),
    "resolution": (
        (
            "Y mira, {ending}",
            "{hero} gritó de alegría",
            "{hero} y {friends} bailaron en círculo",
            "Todos estaban a salvo y felices",
        ),
        (
            "Por fin, {ending}",
            "Hurra, gritó {hero}",
            "{friend} aplaudió y aplaudió",
            "El largo día tuvo un final feliz",
        ),
    ),
    "return": (
        (
            "Era hora de volver a casa",
            "{hero} y {friends} volvieron juntos",
            "{detail}",
            "Tenían los pies cansados y el corazón contento",
        ),
    ),
    "celebration": (
        (
            "Esa tarde hubo una pequeña fiesta",
            "{hero} y {friends} trajeron cosas ricas para compartir",
            "{hero} se rio sin parar",
            "Fue la mejor fiesta en mucho tiempo",
        ),
        (
            "Todos vinieron a dar las gracias",
            "A {hero} le subieron los colores",
            "{hero} y {friends} hicieron una corona de flores",
            "El día terminó con canciones y risas",
        ),
    ),
    "ending": (
        (
            "Esa noche, {hero} pensó en el día",
            "{hero} recordó: {moral}",
            "{friend} ya dormía",
            "Y {hero} sonrió hasta que llegó el sueño",
        ),
        (
            "Ahora {hero} sabía algo importante",
            "{moral}, pensó {hero}",
            "{hero} y {friends} dieron las buenas noches",
            "Fin",
        ),
    ),
}

THEMES = {
    "kindness": (
        (
            "{hero} vio que {friend} estaba triste y le dio un abrazo grande",
            "Ese gesto amable hizo sonreír a {friend}",
            "Ya más contentos, vieron algo",
            "{discovery}",
        ),
    ),
    "sharing": (
        (
            "{hero} tenía la última galleta y la partió en dos para {friend}",
            "Se la comieron juntos sobre un tronco",
            "Con la tripa llena, vieron algo",
            "{discovery}",
        ),
    ),
    "bravery": (
        (
            "{hero} tenía miedo, pero dio un paso valiente",
            "Luego otro, y otro más",
            "Ser valiente no es no tener miedo",
            "Y allí estaba: {discovery}",
        ),
    ),
    "honesty": (
        (
            "{hero} dijo la verdad: parte del lío era culpa suya",
            "A todos les gustó saber la verdad",
            "Ahora podían buscar en el sitio correcto",
            "{discovery}",
        ),
    ),
    "patience": (
        (
            "{hero} decidió esperar y mirar con mucha atención",
            "Esperaron y esperaron",
            "Despacio, algo se movió",
            "{discovery}",
        ),
    ),
    "teamwork": (
        (
            "{hero} dijo: esta vez, probemos juntos",
            "Cada uno hizo una parte del trabajo",
            "Juntos vieron la respuesta",
            "{discovery}",
        ),
    ),
    "perseverance": (
        (
            "{hero} se levantó y dijo: lo intentaré una vez más",
            "Esta vez {hero} miró con cuidado",
            "Intentarlo otra vez era el secreto",
            "{discovery}",
        ),
    ),
    "friendship": (
        (
            "{hero} tomó la mano de {friend} y dijo: lo haremos como amigos",
            "Los amigos se ayudan en los momentos difíciles",
            "Juntos miraron una vez más",
            "{discovery}",
        ),
    ),
    "gratitude": (
        (
            "{hero} se paró para dar las gracias a {friends}",
            "Todos sintieron calor por dentro",
            "Y mientras sonreían, {hero} vio algo",
            "{discovery}",
        ),
    ),
    "curiosity": (
        (
            "{hero} hizo una pregunta nueva: dónde no hemos mirado todavía",
            "Preguntando se aprende",
            "Pensaron en la respuesta",
            "{discovery}",
        ),
    ),
    "listening": (
        (
            "{hero} dejó de hablar y escuchó a {friend}",
            "{friend} había visto algo pequeño",
            "Escuchar lo cambió todo",
            "{discovery}",
        ),
    ),
}

THEME_KEYWORDS = {
    "sharing": ("compart", "dar "),
    "kindness": ("amab", "bondad", "cariñ", "ayud"),
    "bravery": ("valient", "valor", "miedo", "coraje"),
    "honesty": ("verdad", "honest", "mentir"),
    "patience": ("pacien", "esperar"),
    "teamwork": ("junt", "equipo"),
    "perseverance": ("rendir", "persever", "intentar"),
    "friendship": ("amig",),
    "gratitude": ("gracias", "agradec"),
    "curiosity": ("aprend", "curios", "pregunt"),
    "listening": ("escuch",),
}

TITLES = {
    "opening": ("Esta es {hero}", "Una mañana cualquiera"),
    "meet": ("Mi amigo {friend}", "Hola, {friend}"),
    "problem": ("Algo va mal", "¡Oh, no!"),
    "setout": ("¡En marcha!", "Empieza la búsqueda"),
    "journey": ("Por el camino", "Un paso difícil", "Adelante", "Más allá"),
    "spotlight": ("{friend} ayuda", "La idea de {friend}"),
    "attempt": ("Un primer intento", "Casi", "Otra idea", "Probar otra vez"),
    "quiet": ("Un descanso", "Tomar aire"),
    "doubt": ("Un momento difícil", "Sentirse pequeño"),
    "wonder": ("Cuánto que ver", "Un lugar precioso"),
    "turn": ("Un camino nuevo", "El gran cambio"),
    "resolution": ("¡Lo encontramos!", "¡Hurra!"),
    "return": ("El camino a casa",),
    "celebration": ("Una pequeña fiesta", "Gracias, {hero}"),
    "ending": ("Buenas noches", "Lo que aprendió {hero}"),
}

# Short forms of each world's problem, discovery and ending, for board books (ages 0-2).
SIMPLE = {
    "adventure": (
        "la brújula se perdió",
        "la brújula estaba junto a la cascada",
        "la brújula señaló el camino a casa",
    ),
    "fantasy": ("el dragón perdió su canción", "la canción estaba en una concha", "el dragón cantó otra vez"),
    "fairy tale": ("la llave de oro no estaba", "una urraca tenía la llave", "la torre cantó otra vez"),
    "space": ("el mapa de estrellas no estaba", "el mapa estaba con las judías", "el cohete volvió a casa"),
    "animals": ("el patito se perdió", "el patito estaba en una bota", "el patito nadó con su mamá"),
    "bedtime": (
        "el rayo de luna se perdió",
        "el rayo de luna estaba en un vaso",
        "la lamparita brilló otra vez",
    ),
    "mystery": ("la tarta no estaba", "la tarta estaba en casa del alcalde", "todos compartieron la tarta"),
    "friendship": ("la cometa se rompió", "cada amigo tenía un parche", "la cometa voló muy alto"),
    "science": ("la máquina hacía nieve", "un engranaje giraba al revés", "la máquina hizo un arcoíris"),
    "ocean": ("la perla se perdió", "la perla estaba en una almeja", "la perla brilló otra vez"),
}

# Thoughts and asides that older readers (ages 9-12) get on top of each page's events.
REFLECTIONS = (
    "{hero} se preguntó si todas las grandes aventuras eran tan inciertas a la mitad",
    "En algún lugar les esperaba {goal}, y ese pensamiento le daba fuerzas a {hero}",
    "{friend} vio que {hero} pensaba con mucho cuidado y decidió quedarse cerca",
    "Es curioso cómo una sola tarde puede parecer tan larga como una semana entera",
    "{hero} recordó algo que decía la abuela sobre la paciencia y los pasos pequeños",
    "Cuanto más avanzaban, más entendía {hero} que el camino también importaba",
    "Nadie lo dijo en voz alta, pero todos estaban un poco nerviosos",
    "{hero} repasó en silencio todo lo que ya habían intentado",
    "Cada ruido nuevo hacía que {friend} mirara alrededor con atención",
    "En momentos así, a {hero} le gustaba imaginar qué harían los exploradores de los cuentos",
    "El problema parecía enorme, pero {hero} intentó pensarlo por partes, paso a paso",
    "{friend} tarareaba bajito, y eso casi siempre significaba que se acercaba una idea",
)

LEXICON = Lexicon(
    language="es",
    and_word="y",
    list_and="y",
    lowercase_starters=frozenset(
        {
            "el",
            "la",
            "los",
            "las",
            "un",
            "una",
            "todos",
            "nadie",
            "alguien",
            "luego",
            "después",
            "pero",
            "cada",
            "allí",
            "ahora",
            "era",
            "fue",
            "juntos",
            "tendrían",
            "tenían",
            "había",
            "poco",
            "por",
            "se",
            "y",
        }
    ),
    worlds=WORLDS,
    simple=SIMPLE,
    reflections=REFLECTIONS,
    beats=BEATS,
    themes=THEMES,
    theme_keywords=THEME_KEYWORDS,
    titles=TITLES,
    hero_traits=(
        "la cabeza llena de preguntas",
        "una risa que hacía sonreír a todos",
        "los pies rápidos y un gran corazón",
        "los bolsillos llenos de tesoros",
        "muchas ganas de aventuras",
        "una manera muy dulce de cuidar a los animales",
    ),
    default_traits=("amable y alegre", "valiente y paciente", "inteligente y leal", "alegre y muy valiente"),
    kinds={
        "hedgehog": "un erizo pequeño",
        "owl": "un búho sabio",
        "fox": "un zorro listo",
        "robot": "un robot pequeño",
        "dragon": "un dragón simpático",
        "unicorn": "un unicornio tímido",
        "puppy": "un perrito juguetón",
        "kitten": "un gatito curioso",
        "turtle": "una tortuga tranquila",
        "dolphin": "un delfín juguetón",
        "squirrel": "una ardilla rápida",
        "bear": "un oso bueno",
        "rabbit": "un conejo suave",
        "mouse": "un ratoncito",
        "frog": "una rana saltarina",
        "duck": "un pato alegre",
    },
    description="{genre_phrase} para {hero} sobre {goal}, con una idea para recordar: {moral}.",
    genre_phrases={
        "adventure": "Un cuento de aventuras",
        "fantasy": "Un cuento de fantasía",
        "fairy tale": "Un cuento de hadas",
        "space": "Un cuento del espacio",
        "animals": "Un cuento de animales",
        "bedtime": "Un cuento para dormir",
        "mystery": "Un cuento de misterio",
        "friendship": "Un cuento de amistad",
        "science": "Un cuento de ciencia",
        "ocean": "Un cuento del mar",
    },
    questions=(
        "¿Qué salió mal al principio del cuento y cómo se sintió {hero}?",
        "¿Por qué crees que los primeros intentos no funcionaron?",
        "El cuento dice: {moral}. ¿Cuándo podrías hacer tú lo mismo?",
    ),
    moral_vocabulary={
        "kindness": ("amable", "que trata bien a los demás"),
        "sharing": ("compartió", "dio una parte de lo suyo"),
        "bravery": ("valiente", "que hace algo aunque tenga miedo"),
        "honesty": ("verdad", "lo que pasó de verdad"),
        "patience": ("esperar", "quedarse tranquilo hasta que algo pase"),
        "teamwork": ("juntos", "unos con otros"),
        "perseverance": ("intentarlo", "hacer lo posible por conseguir algo"),
        "friendship": ("amigos", "personas que se quieren y se ayudan"),
        "gratitude": ("gracias", "lo que decimos cuando alguien nos ayuda"),
        "curiosity": ("pregunta", "algo que preguntas para saber más"),
        "listening": ("escuchó", "prestó atención a lo que alguien decía"),
    },
    setting_place_in="en {setting}",
    article_rules={
        "masculine": "un",
        "feminine": "una",
        "_endings": "a ión dad",
        "_articles": "un una el la los las",
        "_masculine": "día mapa dragón",
        "_feminine": "",
    },
)
