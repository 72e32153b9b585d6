"""Spanish problem shapes of the built-in engine (see shapes.py)."""

from __future__ import annotations

from storyloom.providers.text.engine.shapes import Repair, Shape


def _nouns(thing: str, creature: str, creature_def: str, scary: str) -> dict[str, str]:
    return {"thing": thing, "creature": creature, "creature_def": creature_def, "scary": scary}


NOUNS: dict[str, dict[str, str]] = {
    "adventure": _nouns(
        "el viejo puente de cuerda", "un cervatillo perdido", "el cervatillo", "la cueva oscura de la cascada"
    ),
    "fantasy": _nouns(
        "la lámpara mágica del mago", "un dragón bebé", "el dragoncito", "el Bosque de los Susurros"
    ),
    "fairy tale": _nouns(
        "el viejo molino del molinero", "una gansita gris", "la gansita", "la torre alta y oscura"
    ),
    "space": _nouns(
        "la radio del cohete",
        "un extraterrestre verde y diminuto",
        "el extraterrestre",
        "la cara oculta de la luna",
    ),
    "animals": _nouns(
        "la puerta del gallinero", "un corderito solitario", "el corderito", "el granero grande y oscuro"
    ),
    "bedtime": _nouns(
        "la vieja caja de música", "un búho pequeño y dormilón", "el búho", "las sombras debajo de la cama"
    ),
    "mystery": _nouns("el reloj del pueblo", "un gato callejero y tímido", "el gato", "el viejo faro"),
    "friendship": _nouns(
        "el columpio de madera", "un erizo pequeño y tímido", "el erizo", "el tobogán más alto del parque"
    ),
    "science": _nouns(
        "el robot ayudante", "un escarabajo perdido", "el escarabajo", "la máquina que zumbaba fuerte"
    ),
    "ocean": _nouns(
        "el castillo de coral", "un caballito de mar bebé", "el caballito de mar", "la fosa profunda y oscura"
    ),
}


# A customer's place that is not the genre's own world lends its own nouns (see shapes.py).
PLACE_NOUNS: dict[str, dict[str, str]] = {
    "snowy-village": _nouns(
        "el trineo del pueblo", "un pequeño reno", "el renito", "la vieja cueva de hielo sobre el pueblo"
    ),
    "beach": _nouns(
        "la vieja cometa de rayas", "una foca bebé", "la foquita", "la cueva oscura de las rocas"
    ),
    "castle-hall": _nouns(
        "el gran reloj del salón", "un ratoncito del castillo", "el ratoncito", "el sótano bajo el gran salón"
    ),
    "mountains": _nouns(
        "el viejo poste de madera del camino",
        "una cabrita montés",
        "la cabrita",
        "la cueva en lo alto de la montaña",
    ),
    "city-street": _nouns(
        "el reloj del ayuntamiento",
        "un gato callejero y tímido",
        "el gato",
        "la casa vacía al final de la calle",
    ),
    "garden": _nouns(
        "la puerta del jardín",
        "un erizo pequeño y tímido",
        "el erizo",
        "el cobertizo oscuro al fondo del jardín",
    ),
    "desert": _nouns(
        "la vieja bomba de agua", "un camellito", "el camellito", "la cueva bajo las rocas rojas"
    ),
    "jungle": _nouns(
        "el puente entre las copas de los árboles", "un monito", "el monito", "la maraña oscura de lianas"
    ),
    "boat": _nouns(
        "la campana del barco",
        "un pollito de gaviota",
        "el pollito de gaviota",
        "la bodega oscura bajo cubierta",
    ),
}


# The animal a mystery first wrongly suspects, and another for a book with a fox among its companions.
SUSPECTS: tuple[dict[str, str], dict[str, str]] = ({"suspect": "un zorro"}, {"suspect": "un tejón"})

# Another creature for each genre and place, of another kind and the same grammatical gender, for a
# book whose companion is already the first one's kind (a kitten friend and a stray-cat mystery).
OTHER_CREATURES: dict[str, dict[str, str]] = {
    "adventure": {"creature": "un conejito perdido", "creature_def": "el conejito"},
    "fantasy": {"creature": "un osito perdido", "creature_def": "el osito"},
    "fairy tale": {"creature": "una gallinita blanca", "creature_def": "la gallinita"},
    "space": {"creature": "un conejito lunar perdido", "creature_def": "el conejito lunar"},
    "animals": {"creature": "un cerdito solitario", "creature_def": "el cerdito"},
    "bedtime": {"creature": "un conejito dormilón", "creature_def": "el conejito"},
    "mystery": {"creature": "un erizo pequeño y tímido", "creature_def": "el erizo"},
    "friendship": {"creature": "un pajarito tímido", "creature_def": "el pajarito"},
    "science": {"creature": "un caracol perdido", "creature_def": "el caracol"},
    "ocean": {"creature": "un cangrejito", "creature_def": "el cangrejito"},
    "snowy-village": {"creature": "un conejito de las nieves", "creature_def": "el conejito"},
    "beach": {"creature": "una gaviota bebé", "creature_def": "la gaviotita"},
    "castle-hall": {"creature": "un gatito del castillo", "creature_def": "el gatito"},
    "mountains": {"creature": "una ovejita perdida", "creature_def": "la ovejita"},
    "city-street": {"creature": "un pajarito tímido", "creature_def": "el pajarito"},
    "garden": {"creature": "un pajarito tímido", "creature_def": "el pajarito"},
    "desert": {"creature": "un pajarito del desierto", "creature_def": "el pajarito"},
    "jungle": {"creature": "un elefante bebé", "creature_def": "el elefante bebé"},
    "boat": {"creature": "un pececito plateado", "creature_def": "el pececito"},
}


# What the customer's place looks like, for the pages' details (see shapes.py).
PLACE_DETAILS: dict[str, tuple[str, ...]] = {
    "snowy-village": (
        "la nieve cubría todos los tejados",
        "los carámbanos brillaban en los canalones",
        "el humo subía de las chimeneas",
        "había huellas en zigzag por la plaza blanca",
        "un muñeco de nieve llevaba una bufanda roja",
    ),
    "beach": (
        "las olas llegaban suavemente a la arena",
        "las gaviotas chillaban sobre el agua",
        "la arena estaba calentita",
        "las conchas brillaban en la orilla",
        "la brisa olía a sal",
    ),
    "castle-hall": (
        "los estandartes colgaban de los altos muros de piedra",
        "las antorchas parpadeaban en sus aros de hierro",
        "una mesa larga ocupaba el centro del salón",
        "unas armaduras vigilaban la puerta",
        "el suelo de piedra resonaba a cada paso",
    ),
    "mountains": (
        "las cumbres estaban cubiertas de nieve",
        "un arroyo helado bajaba entre las rocas",
        "el aire era limpio y fresco",
        "las nubes flotaban por debajo del camino",
        "una marmota silbaba desde una roca",
    ),
    "city-street": (
        "los autobuses zumbaban por la calle",
        "los escaparates brillaban de colores",
        "sonaba el timbre de una bicicleta",
        "las palomas paseaban por la acera",
        "olía a pan recién hecho",
    ),
    "garden": (
        "las abejas zumbaban entre las flores",
        "los tomates maduraban en sus cañas",
        "había una regadera junto al camino",
        "un petirrojo saltaba por la valla",
        "las rosas olían dulce al sol",
    ),
    "desert": (
        "las dunas se ondulaban como olas",
        "el sol ardía en un cielo sin nubes",
        "una lagartija se escondió detrás de una roca",
        "un cactus se alzaba alto y espinoso",
        "el viento caliente susurraba sobre la arena",
    ),
    "jungle": (
        "las lianas colgaban como cuerdas",
        "los loros chillaban en las copas",
        "las hojas enormes goteaban lluvia",
        "una cascada rugía muy cerca",
        "unas flores brillantes relucían en la sombra verde",
    ),
    "boat": (
        "la cubierta se mecía suavemente",
        "las velas chasqueaban con el viento",
        "las cuerdas crujían contra el mástil",
        "el mar se extendía en todas direcciones",
        "la espuma salpicaba por la borda",
    ),
}

SHAPES: dict[str, Shape] = {
    "broken": Shape(
        goal="una forma de arreglar {thing}",
        problem="{thing} se había roto en pedazos, y nadie sabía qué hacer",
        discovery="la última pieza encajó con un clic, y {thing} funcionó otra vez",
        ending="{thing} funcionaba mejor que nunca",
        title="{hero} al rescate",
        titles=(
            "{hero} y {thing}",
            "{hero} arregla {thing}",
            "{hero}, {friend} y {thing}",
        ),
        attempts=(
            ("{hero} ató los pedazos con un cordel", "el cordel se rompió enseguida"),
            ("{hero} pegó los pedazos con cinta adhesiva", "la cinta no aguantaba"),
            ("{hero} apretó los pedazos con mucha fuerza", "se soltaron otra vez"),
            ("{hero} buscó la pieza más pequeña que faltaba", "no estaba por ninguna parte"),
        ),
        solutions=(
            (
                "Entonces {hero} y {friend} pusieron todas las piezas en fila y las miraron una a una",
                "{hero} vio cómo encajaban y las colocó una a una, hasta que {thing} volvió a funcionar",
            ),
            (
                "Eso ayudó a {hero} a pensar con calma: las piezas necesitaban pegamento, y {friend} trajo "
                "un tubo",
                "Cada pieza volvió a su sitio, y cuando el pegamento se secó, {thing} funcionó otra vez",
            ),
        ),
        simple=("{thing} se rompió", "la última pieza encajó", "{thing} funcionó otra vez"),
    ),
    "need": Shape(
        goal="una forma de ayudar a {creature_def}",
        problem="{creature} lloraba porque no encontraba el camino a casa",
        discovery=(
            "{creature_def} cantó la canción de su casa, y desde muy lejos su familia le respondió cantando"
        ),
        ending="{creature_def} estaba otra vez en casa, y su familia dio las gracias a todos",
        title="{hero} echa una mano",
        titles=(
            "{hero} y {creature_def}",
            "{hero} lleva a casa a {creature_def}",
            "{hero}, {friend} y {creature_def}",
        ),
        attempts=(
            ("{hero} preguntó a todos por el camino a casa", "nadie lo conocía"),
            ("{hero} llamó en voz muy alta", "nadie contestó"),
            ("{hero} dibujó un mapa del camino", "el mapa solo daba vueltas en círculo"),
            ("{hero} intentó llevar en brazos a {creature_def}", "{creature_def} se movía demasiado"),
        ),
        solutions=(
            (
                "Entonces {hero} se agachó y le preguntó a {creature_def} cómo sonaba su casa",
                "{creature_def} cantó la canción de su casa, y desde muy lejos su familia respondió cantando",
            ),
            (
                "{friend} se acordó de una vocecita que habían oído llamar a lo lejos",
                "{hero} y {friend} llevaron a {creature_def} hacia la voz, y allí estaba su familia, "
                "cantando de alegría",
            ),
        ),
        simple=(
            "{creature} se perdió",
            "juntos llamaron en voz alta, y la familia de {creature_def} respondió cantando",
            "{creature_def} volvió a casa",
        ),
    ),
    "fear": Shape(
        goal="el valor para mirar dentro de {scary}",
        problem="de {scary} salía un ruido extraño, y a todos les daba miedo mirar",
        discovery="el ruido extraño era solo {creature}, que tenía todavía más miedo que ellos",
        ending="ya nadie tenía miedo de {scary}",
        title="{hero} y el ruido extraño",
        titles=(
            "{hero} y el secreto de {scary}",
            "{hero} y el ruido de {scary}",
            "{hero}, {friend} y {scary}",
        ),
        attempts=(
            ("{hero} se asomó desde muy lejos", "estaba demasiado oscuro para ver nada"),
            ("{hero} cantó muy alto para sentirse valiente", "el eco lo hacía sonar todavía más raro"),
            ("{hero} contó hasta diez antes de entrar", "{hero} se detuvo en el nueve"),
            ("{hero} levantó una lamparita", "las sombras solo se hicieron más grandes"),
        ),
        solutions=(
            (
                "Juntos, {hero} y {friend} se acercaron de puntillas a {scary} y se asomaron",
                "el ruido extraño era solo {creature}, que tenía todavía más miedo que ellos",
            ),
            (
                "{hero} dijo en voz baja: «¿Hola? ¡Somos amigos!», y una vocecita contestó",
                "de {scary} salió {creature}, y el ruido no eran más que sus sollozos",
            ),
        ),
        simple=(
            "un ruido salía de {scary}",
            "juntos echaron un vistazo: era solo {creature}",
            "nadie tenía miedo",
        ),
    ),
    "wish": Shape(
        goal="una forma de cumplir el deseo de {creature_def}",
        problem="{creature} soñaba con una fiesta, pero nadie le había hecho nunca ninguna",
        discovery="una fiesta no necesita mucho, solo amigos que se quieren, y de eso tenían un montón",
        ending="{creature_def} tuvo la fiesta más feliz que nadie recordaba",
        title="{hero} y el gran deseo",
        titles=(
            "{hero} y el deseo de {creature_def}",
            "{hero} prepara una fiesta para {creature_def}",
            "{hero}, {friend} y {creature_def}",
        ),
        attempts=(
            ("{hero} hizo una corona de papel", "era demasiado grande y se caía"),
            ("{hero} intentó escribir una canción para la fiesta", "las palabras no rimaban"),
            (
                "{hero} preparó una gran sorpresa",
                "{creature_def} llegó justo entonces y se enteró demasiado pronto",
            ),
            ("{hero} buscó el regalo perfecto", "nada parecía del todo bien"),
        ),
        solutions=(
            (
                "Entonces {hero} tuvo una idea: una fiesta no tenía que ser perfecta, solo necesitaba amigos",
                "{hero} y {friend} invitaron a todos los que encontraron, cada invitado trajo una cosita, y "
                "empezó la fiesta",
            ),
            (
                "A {friend} se le ocurrió una idea, y a {hero} le encantó: cada uno podía preparar una "
                "cosita",
                "uno trajo una canción, otro una merienda y otro una guirnalda de papel, y pronto la fiesta "
                "estuvo lista",
            ),
        ),
        simple=("{creature} quería una fiesta", "juntos invitaron a todos sus amigos", "empezó la fiesta"),
    ),
    "mystery": Shape(
        goal="la solución al misterio de las cosas desaparecidas",
        problem=(
            "cada noche desaparecían cintas, calcetines y otras cosas suaves cerca de {thing}, y nadie "
            "sabía quién se las llevaba"
        ),
        discovery=(
            "{hero} juntó las pistas, las pequeñas huellas de patas, el mechón de pelo suave y el hecho de "
            "que solo faltaban cosas suaves, y descubrió la respuesta: {creature} se las llevaba para "
            "hacerse una cama calentita"
        ),
        ending="el misterio estaba resuelto, y {creature_def} tuvo por fin una cama calentita para dormir",
        title="{hero} y el misterio de las cosas desaparecidas",
        titles=(
            "{hero} resuelve el misterio",
            "{hero} y las pistas misteriosas",
            "{hero}, {friend} y los calcetines desaparecidos",
        ),
        attempts=(
            (
                "{hero} encontró pequeñas huellas de patas cerca de {thing} y adivinó que el ladrón era "
                "{suspect}|"
                "junto a {thing}, {hero} descubrió unas huellas diminutas y pensó que tenía que ser "
                "{suspect}",
                "{suspect} deja huellas mucho más grandes, así que aquella idea era equivocada|"
                "las huellas eran demasiado pequeñas para {suspect}, así que aquella idea era equivocada",
            ),
            (
                "{hero} encontró un mechón de pelo suave enganchado en un clavo y lo guardó como pista|"
                "de un clavo colgaba un mechón de pelo suave, y {hero} lo guardó con cuidado como pista",
                "el pelo por sí solo no decía de quién era|un mechón de pelo podía ser de casi cualquiera",
            ),
            (
                "{hero} se dio cuenta de que solo habían desaparecido cosas suaves, nunca cosas duras|"
                "{hero} hizo una lista de lo que faltaba y vio que todo era suave",
                "nadie sabía todavía por qué un ladrón querría solo cosas suaves|"
                "el porqué seguía siendo un misterio",
            ),
            ("{hero} vigiló hasta muy tarde", "no pasó nada mientras alguien estaba mirando"),
        ),
        simple=(
            "desaparecían cosas suaves",
            "juntos siguieron las pistas hasta {creature_def}",
            "el misterio estaba resuelto",
        ),
    ),
    "gifts": Shape(
        goal="la solución al misterio de los regalos secretos",
        problem=(
            "cada mañana aparecía un regalito junto a {thing}, una piedra brillante, una pluma o un botón, y "
            "nadie sabía quién los dejaba"
        ),
        discovery=(
            "{hero} juntó las pistas, las huellas diminutas, las migas desaparecidas y el hecho de que los "
            "regalos llegaban siempre al amanecer, y descubrió la respuesta: {creature} los dejaba para dar "
            "las gracias por las migas que encontraba allí cada día"
        ),
        ending="el misterio estaba resuelto, y {hero} dejó también un regalo para {creature_def}",
        title="{hero} y los regalos secretos",
        titles=(
            "{hero} y el misterio de los regalos",
            "{hero} y los regalos junto a {thing}",
            "{hero}, {friend} y los regalos misteriosos",
        ),
        attempts=(
            (
                "{hero} sospechó que {friend} dejaba los regalos en broma|"
                "{hero} pensó que quien dejaba los regalos tenía que ser {friend}",
                "{friend} seguía durmiendo cada mañana, así que aquella idea era equivocada|"
                "{friend} nunca se levantaba tan temprano, así que aquella idea era equivocada",
            ),
            (
                "{hero} encontró una fila de huellas diminutas junto a {thing}|"
                "junto a {thing}, {hero} descubrió unas huellas diminutas y las siguió",
                "las huellas se borraban antes de llevar a ninguna parte|"
                "las huellas se perdían donde el suelo era duro",
            ),
            (
                "{hero} se dio cuenta de que las migas del día anterior habían desaparecido|"
                "{hero} vio que no quedaba ni una miga de la merienda de ayer",
                "las migas no dicen quién se las ha comido|nadie sabía aún quién se las había comido",
            ),
            (
                "{hero} se levantó muy temprano para vigilar|{hero} vigiló en silencio al amanecer",
                "el regalo ya estaba allí, y quien lo traía se había ido|"
                "mientras {hero} bostezaba, el regalo apareció como por arte de magia",
            ),
        ),
        simple=(
            "aparecían regalitos cada mañana",
            "juntos descubrieron que los regalos eran de {creature_def}",
            "el misterio estaba resuelto",
        ),
    ),
    "noise": Shape(
        goal="la solución al misterio del toc-toc",
        problem=("cada tarde se oía un suave toc-toc-toc cerca de {thing}, y nadie sabía qué lo hacía"),
        discovery=(
            "{hero} juntó las pistas, los arañazos diminutos, las cáscaras de semillas rotas y el hecho de "
            "que el ruido paraba en cuanto alguien se acercaba, y descubrió la respuesta: {creature} se "
            "había hecho un escondite calentito cerca de {thing} y allí partía semillas para cenar"
        ),
        ending="el misterio estaba resuelto, y {creature_def} pudo quedarse con su escondite calentito",
        title="{hero} y el misterio del toc-toc",
        titles=(
            "{hero} y el ruido misterioso",
            "{hero} escucha las pistas",
            "{hero}, {friend} y el toc-toc de cada tarde",
        ),
        attempts=(
            (
                "{hero} pensó que algo suelto estaba golpeando|{hero} creyó que sería una tabla suelta",
                "todo estaba bien sujeto, así que aquella idea era equivocada|"
                "no había nada suelto, así que aquella idea era equivocada",
            ),
            (
                "{hero} encontró unos arañazos diminutos muy abajo, junto a {thing}|"
                "muy abajo, junto a {thing}, {hero} descubrió una fila de arañazos diminutos",
                "cualquier cosa podía haber hecho esos arañazos|nadie sabía qué los había hecho",
            ),
            (
                "{hero} recogió unas cáscaras de semillas rotas y las guardó como pista|"
                "{hero} encontró un montoncito de cáscaras de semillas rotas",
                "muchos animales comen semillas|las cáscaras no decían quién las había roto",
            ),
            (
                "{hero} se acercó de puntillas para escuchar|{hero} se acercó mucho para oír mejor",
                "el toc-toc paró en cuanto {hero} se acercó|"
                "en cuanto {hero} estuvo cerca, todo quedó en silencio",
            ),
        ),
        simple=(
            "cada tarde se oía un toc-toc",
            "juntos descubrieron que el toc-toc era {creature_def}",
            "el misterio estaba resuelto",
        ),
    ),
}


# Lo que cierra el paso en el lugar del cliente, para las páginas del camino (ver shapes.py).
PLACE_OBSTACLES: dict[str, tuple[str, ...]] = {
    "snowy-village": (
        "un montón de nieve tan alto como una valla tapaba la calle",
        "los escalones del pueblo resbalaban por el hielo",
        "pasó una quitanieves y lo llenó todo de nieve",
        "una ventisca repentina escondió las casas",
    ),
    "beach": (
        "subió la marea y partió la playa en dos",
        "una fila de rocas resbaladizas cerraba el paso",
        "el viento les echaba arena en los ojos",
        "una poza honda entre las rocas cortaba el camino",
    ),
    "castle-hall": (
        "una pesada puerta de roble no se movía",
        "la escalera de caracol parecía no acabar nunca",
        "un largo pasillo se dividía en tres galerías oscuras",
        "el puente levadizo crujió y empezó a subir",
    ),
    "mountains": (
        "una cuesta empinada estaba llena de piedras sueltas",
        "una nube espesa cubrió el sendero",
        "un arroyo bravo cruzaba el sendero",
        "el sendero se volvió una repisa estrecha junto al precipicio",
    ),
    "city-street": (
        "una multitud de gente llenaba la acera",
        "el semáforo se quedó en rojo muchísimo tiempo",
        "una calle estaba cortada por obras",
        "un autobús pasó salpicando un charco enorme",
    ),
    "garden": (
        "un seto lleno de pinchos cerraba el paso",
        "el aspersor se encendió de repente",
        "la verja se había atascado en la hierba alta",
        "un montón de ortigas crecía en medio del camino",
    ),
    "desert": (
        "un viento caliente arrastraba arena por la pista",
        "una duna altísima se alzaba delante de ellos",
        "el sol quemaba sin una sola nube en el cielo",
        "la pista desaparecía bajo la arena",
    ),
    "jungle": (
        "una cortina de lianas colgaba sobre el sendero",
        "un río de agua marrón serpenteaba entre los árboles",
        "una lluvia repentina tamborileaba en las hojas grandes",
        "unas raíces gruesas como brazos enredaban el suelo",
    ),
    "boat": (
        "una ola grande sacudió el barco de un lado a otro",
        "la vela se enredó con el viento",
        "una niebla espesa cubrió la cubierta",
        "la escalera de cuerda se balanceaba sin parar",
    ),
}


# How each kind of broken thing is mended (see shapes.REPAIR_KINDS).
REPAIRS: dict[str, Repair] = {
    "rope": Repair(
        problem="una de las cuerdas de {thing} se había roto, y todo colgaba torcido",
        discovery="el último nudo quedó bien apretado, y {thing} volvió a aguantar",
        ending="{thing} aguantaba mejor que nunca",
        attempts=(
            ("{hero} ató los dos extremos sueltos con un lazo", "el lazo se deshizo al primer tirón"),
            ("{hero} unió los extremos con un trozo de cordel", "el cordel era demasiado fino"),
            ("{hero} sujetó el lado caído con un palo", "el palo se cayó rodando"),
            ("{hero} tiró de la cuerda vieja con todas sus fuerzas", "era demasiado corta para llegar"),
        ),
        solutions=(
            (
                "Entonces {hero} y {friend} encontraron una cuerda nueva y larga y la llevaron entre los dos",
                "{hero} la ató con un nudo doble mientras {friend} sujetaba, y {thing} quedó firme otra vez",
            ),
            (
                "Eso ayudó a {hero} a pensar con calma: la cuerda vieja era corta, pero dos cuerdas atadas "
                "llegarían",
                "{friend} sujetó un extremo, {hero} hizo el nudo, y cuando tiraron juntos, {thing} aguantó",
            ),
        ),
        simple=("{thing} se rompió", "juntos ataron una cuerda nueva", "{thing} volvió a aguantar"),
    ),
    "wood": Repair(
        problem="una tabla de {thing} se había partido, y los clavos viejos se habían caído",
        discovery="el último clavo entró con un golpecito, y {thing} quedó firme otra vez",
        ending="{thing} estaba más firme que nunca",
        attempts=(
            ("{hero} empujó la tabla suelta con las dos manos", "se cayó en cuanto {hero} la soltó"),
            ("{hero} sujetó la tabla con una cinta", "la cinta resbaló enseguida"),
            ("{hero} buscó los clavos viejos en el suelo", "estaban todos torcidos"),
            ("{hero} apoyó la tabla en una piedra", "la piedra se tambaleó y la tabla se deslizó"),
        ),
        solutions=(
            (
                "Entonces {hero} trajo un martillo y una caja de clavos nuevos, y {friend} sujetó la tabla",
                "Toc, toc, toc, sonó el martillo, y {thing} quedó firme otra vez",
            ),
            (
                "Eso ayudó a {hero} a pensar con calma: la tabla partida no servía, y {friend} encontró una "
                "nueva del tamaño justo",
                "Entre los dos colocaron la tabla nueva y la clavaron bien, y {thing} volvió a estar como "
                "siempre",
            ),
        ),
        simple=("{thing} se rompió", "juntos clavaron una tabla nueva", "{thing} quedó firme otra vez"),
    ),
    "machine": Repair(
        problem="{thing} había dejado de funcionar, y nadie sabía por qué",
        discovery="la ruedecita de dentro volvió a girar con un zumbido, y {thing} funcionó otra vez",
        ending="{thing} funcionaba mejor que nunca",
        attempts=(
            ("{hero} sacudió {thing} con mucho cuidado", "algo sonaba dentro, y aun así nada se movía"),
            ("{hero} buscó por fuera alguna pieza suelta", "por fuera todo parecía estar bien"),
            ("{hero} dio unos golpecitos a {thing} y esperó", "no pasó nada de nada"),
            ("{hero} sopló el polvo de fuera", "no sirvió de nada"),
        ),
        solutions=(
            (
                "Entonces {hero} y {friend} abrieron {thing} con mucho cuidado y miraron dentro",
                "Un muellecito se había salido de su sitio: {hero} lo colocó con un dedo, y {thing} volvió "
                "a funcionar",
            ),
            (
                "Eso ayudó a {hero} a pensar con calma: una ruedecita de dentro estaba llena de polvo, y "
                "{friend} trajo un pincel y una gota de aceite",
                "En cuanto la rueda estuvo limpia, volvió a girar, y {thing} funcionó otra vez",
            ),
        ),
        simple=("{thing} se paró", "juntos engrasaron la ruedecita de dentro", "{thing} funcionó otra vez"),
    ),
    "magic": Repair(
        problem="{thing} se había apagado, y su luz mágica no volvía",
        discovery="una chispita brilló dentro, y {thing} volvió a brillar",
        ending="{thing} brillaba más que nunca",
        attempts=(
            ("{hero} frotó {thing} con la manga", "no se encendió"),
            ("{hero} probó todas las palabras mágicas que se le ocurrieron", "no apareció ni una chispa"),
            ("{hero} acercó {thing} a la luz del sol", "no brilló ni un poquito"),
            ("{hero} sacudió {thing} con cuidado", "no salió ni una sola chispa"),
        ),
        solutions=(
            (
                "Entonces {hero} y {friend} miraron muy de cerca y encontraron una grieta por donde se "
                "escapaba la magia",
                "{hero} envolvió la grieta con una cinta plateada, y la luz volvió, más brillante que antes",
            ),
            (
                "Eso ayudó a {hero} a pensar con calma: a {thing} se le había acabado el aceite brillante, "
                "y {friend} trajo la botellita del estante del mago",
                "Una gota, un parpadeo, y {thing} volvió a brillar",
            ),
        ),
        simple=("{thing} se apagó", "juntos envolvieron la grieta con una cinta", "{thing} volvió a brillar"),
    ),
    "cloth": Repair(
        problem="{thing} se había rasgado, y el viento pasaba por el agujero",
        discovery="la última puntada quedó bien apretada, y {thing} ya no tenía agujero",
        ending="{thing} volaba más alto que nunca",
        attempts=(
            ("{hero} juntó los bordes rotos con las manos", "el viento los separó enseguida"),
            ("{hero} pegó una hoja de papel sobre el agujero", "el viento se la llevó"),
            ("{hero} intentó hacer volar {thing} de todos modos", "dio vueltas y cayó al suelo"),
            ("{hero} hizo un nudo en la tela rota", "con el nudo, no había forma de volar"),
        ),
        solutions=(
            (
                "Entonces {hero} y {friend} encontraron aguja, hilo y un parche de tela de colores",
                "{hero} cosió el parche sobre el agujero, puntada a puntada, y {thing} ya no tenía agujero",
            ),
            (
                "Eso ayudó a {hero} a pensar con calma: una bufanda vieja sería un parche perfecto, y "
                "{friend} cortó un trozo",
                "Lo cosieron juntos, y {thing} volvió a atrapar el viento",
            ),
        ),
        simple=("{thing} se rompió", "juntos cosieron un parche", "{thing} volvió a volar"),
    ),
}
