"""Frases en español de una página de novela por capítulos sacadas de su situación (ver situations.py)."""

from __future__ import annotations

BEFORE: dict[str, tuple[str, ...]] = {
    "lost": (
        "{hero} se imaginaba {lost} en algún rincón en el que nadie había pensado, esperando con paciencia "
        "a que alguien se fijara",
        "Cada vez que {friend} preguntaba dónde podía estar {lost}, {hero} respondía con una idea nueva, "
        "cada "
        "una un poco más disparatada que la anterior",
        "Sin {lost}, el día entero parecía extrañamente incompleto, como un cuento al que le falta la página "
        "más importante",
        "{hero} intentaba recordar el último momento en que alguien había visto {lost}, pero el recuerdo se "
        "le escapaba una y otra vez",
        "«Si pensamos como un objeto perdido, sabremos dónde buscar», anunció {friend}, y aunque no "
        "tenía ningún sentido, de algún modo ayudó",
        "{hero} revisó todos sus bolsillos dos veces, por si {lost} había estado allí todo el tiempo",
    ),
    "broken": (
        "{hero} no dejaba de pensar en {thing} y en lo triste y silencioso que estaba todo sin su ayuda",
        "Cada vez que {friend} nombraba {thing}, {hero} se imaginaba todas las piezas encajando otra vez en "
        "su sitio",
        "Arreglar algo de verdad necesita mucha paciencia, y {hero} empezaba a comprender cuánta",
        "{friend} se preguntaba en voz alta si {thing} volvería a funcionar como antes, y {hero} se negaba a "
        "creer lo contrario",
        "{hero} volvió a contar las piezas de {thing}, para asegurarse de que no faltaba ni una sola",
        "«Las cosas rotas se pueden arreglar», dijo {friend}, «pero solo si nadie se rinde a la mitad»",
    ),
    "need": (
        "{hero} no podía dejar de pensar en {creature_def}, que seguramente tenía miedo y estaba muy "
        "lejos de "
        "su familia",
        "Cada pocos minutos {friend} se detenía a escuchar, con la esperanza de oír la llamada de "
        "{creature_def} en algún lugar cercano",
        "Ayudar a alguien que se ha perdido es un trabajo muy serio, y {hero} quería hacerlo bien",
        "{hero} prometió en voz baja que nadie descansaría hasta que {creature_def} estuviera a salvo en "
        "casa",
        "{hero} se preguntó si {creature_def} tendría hambre, y guardó el mejor trozo de la merienda por "
        "si acaso",
        "«Ya vamos», susurró {friend}, aunque {creature_def} todavía estaba demasiado lejos para oírlo",
    ),
    "fear": (
        "{hero} miró de reojo hacia {scary} y sintió un pequeño escalofrío que le bajó hasta los dedos de "
        "los pies",
        "Cada vez que alguien mencionaba {scary}, {friend} se ponía a mirar con muchísimo interés hacia otro "
        "lado",
        "Tener miedo no es lo mismo que ser cobarde, les recordó {hero} a todos, y también a sus propias "
        "rodillas temblorosas",
        "Cuanto más se acercaban a {scary}, más fuerte sonaba el ruido extraño y más despacio caminaban "
        "todos",
        "{hero} intentó imaginar qué podía estar haciendo aquel ruido dentro de {scary}, y cada idea era "
        "más rara que la anterior",
        "«Si vamos juntos, dará la mitad de miedo», dijo {friend}, y sonaba muy sensato",
    ),
    "wish": (
        "{hero} se imaginaba la cara que pondría {creature_def} cuando por fin se cumpliera su deseo",
        "Preparar una sorpresa es más difícil de lo que parece, porque cada buena idea necesita otras tres",
        "{friend} hizo una lista de todo lo que necesita una fiesta de verdad, y resultó una lista "
        "sorprendentemente larga",
        "{hero} le susurró a {friend} que nadie debería esperar para siempre a que se cumpla un deseo",
        "{hero} pensó en globos, canciones y tarta, y se preguntó qué le gustaría más a {creature_def}",
        "«Un deseo es solo un plan que todavía no ha empezado», dijo {friend}, muy satisfecho con la idea",
    ),
    "mystery": (
        "{hero} apuntaba cada pista en una libreta, porque un detective que olvida sus pistas se queda sin "
        "nada con lo que pensar",
        "Cada vez que {friend} proponía un nuevo sospechoso, {hero} preguntaba qué pista lo señalaba, y "
        "casi nunca había ninguna",
        "Un buen detective, decidió {hero}, no adivina primero para mirar después, sino que observa con "
        "atención y adivina al final",
        "{friend} se preguntó en voz alta por qué alguien robaría cosas suaves, y la pregunta acompañó a "
        "{hero} durante toda la tarde",
        "{hero} volvió a estudiar las pistas, con la certeza de que la respuesta se escondía en algún "
        "lugar entre ellas",
        "«Un misterio es solo una historia a la que le falta la última página», dijo {friend}, muy "
        "satisfecho con la idea",
    ),
    "gifts": (
        "{hero} puso todos los regalos en fila y los estudió, como si pudieran susurrar quién los "
        "había traído",
        "{friend} pensaba que alguien que hace regalos en secreto debía de ser muy tímido, o muy "
        "bueno, o las "
        "dos cosas",
        "Es una sensación rara recibir regalos de alguien a quien nunca has visto, pensó {hero}",
        "Cada regalo nuevo hacía el misterio un poco más grande, y la curiosidad de {hero} también",
        "{hero} se preguntaba qué querría a cambio alguien que nunca se dejaba ver",
    ),
    "noise": (
        "{hero} dio tres golpecitos en una piedra para oír hasta dónde llegaba el sonido",
        "{friend} susurró que un ruido que nadie hace es el mejor de los misterios",
        "Cada tarde escuchaban con más atención, y cada tarde el toc-toc parecía un poco más tímido",
        "{hero} dibujó un mapa de todos los sitios donde se había oído el toc-toc, y las cruces se juntaban "
        "en un mismo rincón",
        "Un ruido, decidió {hero}, no es más que una pista que se oye en vez de verse",
    ),
}
"""Lo que los personajes piensan y dicen del problema antes de resolverlo, por forma del problema."""

GOAL: tuple[str, ...] = (
    "Cada paso los acercaba un poco más a {goal}, incluso los pasos que parecían ir hacia atrás",
    "{hero} no se olvidaba de {goal}, igual que un marinero no pierde de vista su estrella más brillante",
    "Nadie lo había dicho en voz alta, pero todos sabían que {goal} importaba más que el cansancio",
    "{friend} preguntó si estaban más cerca de {goal}, y {hero} dijo que sí, porque así lo sentía",
    "Cuando el camino se ponía difícil, {hero} pensaba en {goal} y encontraba un poco más de fuerza",
    "{friend} dijo que {goal} merecía cada paso embarrado, y nadie le llevó la contraria",
    "Era curioso pensar que {goal} podía estar a la vuelta de la esquina, o todavía muy lejos",
    "{hero} imaginó lo que sentirían cuando por fin tuvieran {goal}, y apretó un poco el paso",
    "Aunque hablaban de otras cosas, los pensamientos de todos volvían una y otra vez a {goal}",
    "{hero} decidió que {goal} merecía por lo menos un intento más, y seguramente varios más después",
)
"""Frames about the problem's `{goal}` before it is reached."""

AFTER: dict[str, tuple[str, ...]] = {
    "lost": (
        "De vez en cuando {hero} comprobaba que {lost} seguía a salvo, solo para no tener ninguna duda",
    ),
    "broken": ("{hero} pasó un dedo por {thing} y casi no se notaba dónde se había roto",),
    "need": (
        "{creature_def} no se separaba de {hero}, como si le diera las gracias de la única forma que sabía",
    ),
    "fear": (
        "Ahora que sabían la verdad, {scary} ya no daba nada de miedo, solo despertaba un poco de curiosidad",
    ),
    "wish": (
        "{creature_def} parecía tan feliz que {hero} decidió que aquella había sido la mejor idea de "
        "todo el año",
    ),
    "mystery": (
        "{hero} cerró la libreta de pistas con satisfacción, porque al final todas las pistas habían "
        "encajado",
    ),
    "gifts": (
        "{hero} guardó todos los regalos en una cajita, y ahora cada uno de ellos quería decir gracias",
    ),
    "noise": (
        "Desde entonces, cuando empezaba el suave toc-toc, todos sonreían, porque sabían muy bien "
        "quién cenaba",
    ),
}
"""Lo que dicen del problema una vez resuelto, por forma del problema."""

PLACE: tuple[str, ...] = (
    "Mientras {friend} lo pensaba, {hero} miró a su alrededor y se dio cuenta de que {detail}, y todo "
    "pareció un poco más tranquilo",
    "{friend} señaló que {detail}, y durante un momento los dos se quedaron mirando en silencio",
    "Era un lugar donde {detail}, y {hero} intentó guardar cada detalle en la memoria",
)
"""Marcos para un detalle del lugar (`{detail}`, una oración)."""

COMPANION: tuple[str, ...] = (
    "Al fin y al cabo, {friend} era {friend_kind} y sabía cosas de aquel lugar que nadie más sabía",
    "{hero} se alegraba mucho de tener a {friend} al lado, porque con {friend} todo parecía menos difícil",
    "{friend} no se separó de {hero} en ningún momento, con ganas de ayudar en cuanto hiciera falta",
    "{hero} notó que {friend} ya no decía nada y le dio un codazo cariñoso hasta que volvió a sonreír",
)
"""Marcos sobre el compañero de la página (`{friend_kind}` con su artículo, `{friend_traits}`)."""
