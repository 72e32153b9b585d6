"""Spanish story worlds of the built-in engine: what each genre's stories are about."""

from __future__ import annotations

from storyloom.providers.text.engine.lexicon import GenreWorld


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
    solutions: tuple[tuple[str, str], ...] = (),
    mends: tuple[tuple[str, str], ...] = (),
) -> GenreWorld:
    return GenreWorld(
        place_in,
        goal,
        problem,
        discovery,
        ending,
        title,
        obstacles,
        attempts,
        details,
        vocabulary,
        solutions=solutions,
        mends=mends,
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
            (
                "{hero} cogió un lápiz e intentó dibujar las estrellas de memoria",
                "había demasiadas estrellas",
            ),
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
        (
            "{hero} juntó las pistas: las migas y las huellas pequeñas llevaban a la puerta de atrás del "
            "alcalde, y allí estaba la tarta, sana y salva en su cocina: el cachorro del alcalde la había "
            "arrastrado hasta allí por la noche"
        ),
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
            (
                "{hero} creyó que el ladrón era un señor con sombrero y lo siguió",
                "solo iba a comprar el periódico, así que aquella idea era equivocada",
            ),
            (
                "{hero} buscó detrás de la panadería",
                "solo había sacos de harina vacíos, pero en el suelo {hero} encontró unas migas y unas "
                "huellas pequeñas y las apuntó como pistas",
            ),
            ("{hero} preguntó al pescador qué había visto", "él solo miraba los barcos"),
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
        "una forma de arreglar la cometa gigante de la fiesta",
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
        solutions=(
            (
                "Entonces {hero} pidió a todos los del parque que trajeran un trocito de tela o de papel",
                "cada amigo tenía un trocito que podía arreglar una parte de la cometa, y parche a parche el "
                "roto se fue cerrando",
            ),
            (
                "Eso ayudó a {hero} a pensar con calma: un parche solo era demasiado pequeño, pero muchos "
                "parches juntos taparían todo el roto",
                "{friend} sujetó la cometa bien plana mientras {hero} pegaba un parche tras otro, hasta que "
                "no quedó ni un agujero",
            ),
        ),
        mends=(("thing", "la cometa gigante"),),
    ),
    "science": _world(
        "en un taller lleno de engranajes, frascos y luces",
        "una forma de arreglar la máquina del tiempo atmosférico",
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
        solutions=(
            (
                "Entonces {hero} y {friend} abrieron la parte de atrás de la máquina y miraron girar cada "
                "engranaje",
                "un engranaje pequeñito giraba al revés, así que {hero} le dio la vuelta, y la nieve paró "
                "enseguida",
            ),
            (
                "Eso ayudó a {hero} a pensar con calma: una máquina que hacía nieve en vez de sol tenía que "
                "ir hacia atrás",
                "{friend} sujetó la linterna mientras {hero} buscaba el engranaje pequeñito que giraba al "
                "revés, y lo puso bien",
            ),
        ),
        mends=(("thing", "la máquina del tiempo atmosférico"),),
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
