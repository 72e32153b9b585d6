"""Other ways to tell the Spanish pool phrases (see variants.py)."""

from __future__ import annotations

VARIANTS: dict[str, tuple[str, ...]] = {
    # THREADS: la adivinanza
    "{pal} tenía una adivinanza que nadie había resuelto jamás: «¿Qué cosa, cuanto más le quitas, más "
    "grande es?»": (
        "{pal} guardaba una adivinanza que no había acertado nadie: «¿Qué cosa, cuanto más le quitas, más "
        "grande es?»",
    ),
    "{hero} llevaba días intentando adivinar la respuesta, sin ninguna suerte": (
        "Hacía días que {hero} le daba vueltas, y todas sus respuestas habían fallado",
    ),
    "«¿Es una sombra?», probó {hero}, pero {pal} solo sonrió misteriosamente y no dijo nada": (
        "«¿Una sombra?», tanteó {hero}, y {pal} negó con la cabeza con una sonrisa pícara",
    ),
    "Incluso en plena búsqueda, {hero} seguía dándole vueltas y más vueltas a la adivinanza": (
        "Aunque tuviera mil cosas que hacer, un rincón de la cabeza de {hero} no soltaba la adivinanza",
    ),
    "{hero} empezaba a sospechar que la adivinanza de {pal} no tenía respuesta": (
        "{hero} empezó a preguntarse si {pal} se habría inventado la adivinanza solo para hacer rabiar",
    ),
    "«Que sepas que no me he olvidado de tu adivinanza», le advirtió {hero} a {pal}": (
        "«No creas que me he rendido con tu adivinanza», le dijo {hero} a {pal} muy en serio",
    ),
    "{pal} aplaudió con entusiasmo, porque después de tantos días la adivinanza por fin estaba resuelta": (
        "{pal} lo celebró a lo grande, porque por fin alguien había resuelto la adivinanza",
    ),
    # THREADS: la pulsera
    "{hero} pensaba terminarla en secreto, nudo a nudo, cuando nadie estuviera mirando": (
        "El plan era añadir un nudo aquí y otro allá, siempre a escondidas, hasta acabarla",
    ),
    "Cada vez que {pal} miraba hacia otro lado, {hero} hacía rápidamente otro nudo en la pulsera secreta": (
        "En cuanto {pal} se daba la vuelta, la pulsera secreta ganaba otro nudo",
    ),
    "La pulsera iba creciendo, con rayas de todos los colores que {hero} había podido encontrar": (
        "Raya a raya, la pulsera secreta se estaba convirtiendo en un pequeño arcoíris",
    ),
    "{hero} volvió a tocarse el bolsillo, solo para asegurarse de que la pulsera seguía bien escondida": (
        "De vez en cuando {hero} palpaba el bolsillo para notar la pulsera escondida dentro",
    ),
    "Ya solo quedaban unos pocos nudos, y {hero} casi no podía esperar": (
        "Faltaba solo un puñado de nudos, y la sorpresa estaría lista",
    ),
    "La pulsera se quedó toda la noche en la muñeca de {pal}, y {hero} se durmió sonriendo": (
        "{pal} no quiso quitarse la pulsera ni para dormir, y {hero} cerró los ojos con una sonrisa",
    ),
    # THREADS: el silbido
    "{pal} volvió a intentar silbar, y le salió algo parecido a un globo desinflándose": (
        "El nuevo intento de silbido sonó como una tetera que había perdido las ganas",
    ),
    "De vez en cuando llegaba desde donde estaba {pal} un chillido diminuto que casi parecía un silbido": (
        "A ratos se le escapaba a {pal} un pitido esperanzado, casi un silbido, pero no del todo",
    ),
    "{hero} se dio cuenta de que {pal} practicaba en voz baja cuando creía que nadie escuchaba": (
        "{pal} seguía practicando a escondidas, soplando flojito cuando los demás estaban a lo suyo",
    ),
    "Los chillidos sonaban cada vez mejor, y {hero} levantó el pulgar para animar a {pal}": (
        "Los pitidos mejoraban a ojos vista, y {hero} se lo dijo, cosa que hizo muy feliz a {pal}",
    ),
    "Todos aplaudieron, y {hero} nunca había visto a {pal} sonreír con tanto orgullo": (
        "La ovación fue enorme, y a {pal} le brillaba el orgullo en toda la cara",
    ),
    "Desde algún rincón oscuro llegó un último silbido, muy bajito y muy orgulloso": (
        "Justo antes de dormir, un silbido suave y orgulloso flotó en la oscuridad",
    ),
    # THREADS: el mapa
    "{hero} llevaba siempre un cuaderno pequeño para dibujar un mapa de cada lugar que exploraban": (
        "En la mochila de {hero} viajaba una libreta, reservada para trazar el mapa de cada sitio explorado",
    ),
    "Aquel día la primera página todavía estaba en blanco, y {hero} tenía muchas ganas de llenarla": (
        "Su primera hoja seguía vacía, y {hero} se había propuesto estrenarla ese mismo día",
    ),
    "{hero} se detuvo para añadir unas cuantas líneas cuidadosas al mapa del cuaderno": (
        "{hero} paró lo justo para esbozar el camino que llevaban hecho",
    ),
    "El mapa ya tenía flechas, signos de interrogación y tres estrellitas": (
        "A esas alturas la hoja estaba llena de flechas, interrogaciones y alguna estrellita",
    ),
    "{hero} dibujó el camino recorrido hasta entonces, y le sorprendió lo lejos que habían llegado": (
        "Al mirar el mapa, {hero} apenas podía creer todo el terreno que habían cubierto",
    ),
    "{pal} añadió un pequeño autorretrato en una esquina del mapa, y {hero} se echó a reír": (
        "{pal} coló un autorretrato diminuto en un rincón del mapa, y a {hero} le dio la risa",
    ),
    "Era el mejor mapa que {hero} había hecho nunca, y decidieron colgarlo en la pared": (
        "Nunca había existido un mapa mejor, decidieron, y tendría un sitio de honor en la pared",
    ),
    "El mapa esperaba en la pared, con mucho sitio libre para la próxima aventura": (
        "Colgado en la pared, el mapa aún tenía los bordes vacíos, listos para el próximo viaje",
    ),
    # THREADS: la cara seria
    "{pal} había apostado a que {hero} no podría aguantarse la risa un día entero": (
        "{pal} se había apostado algo a que {hero} no pasaría un solo día sin reírse",
    ),
    "{hero} había aceptado enseguida y había puesto la cara más seria del mundo": (
        "{hero} aceptó la apuesta en el acto y puso una cara tan solemne como la de un juez",
    ),
    "La cara seria de {hero} tembló un momento, pero aguantó": (
        "Por un segundo a {hero} se le torcieron las comisuras, pero la seriedad resistió",
    ),
    "{pal} le susurró un chiste sobre un fantasma con hipo, y {hero} fingió que tosía": (
        "{pal} murmuró algo sobre un pingüino en una bañera, y {hero} tuvo que fingir un estornudo",
    ),
    "Dos veces estuvo {hero} a punto de reírse, y dos veces convirtió la risa en un estornudo": (
        "Más de una vez se le iba a escapar la risa, y cada vez {hero} la disimuló con una tos",
    ),
    "A {pal} se le acababan los trucos, pero no las esperanzas": (
        "A {pal} casi no le quedaban ocurrencias, pero no pensaba rendirse",
    ),
    "Incluso a punto de dormirse, {hero} seguía riéndose al recordar aquel bailecito": (
        "El recuerdo de aquel baile ridículo acompañó a {hero}, entre risitas, hasta el sueño",
    ),
    # THREADS: las risas
    "{pal} había decidido contar todas las risas del día": (
        "{pal} había anunciado que iba a apuntar cada risa, de la mañana a la noche",
    ),
    "A {hero} le pareció una idea estupenda y prometió ayudar a llevar la cuenta": (
        "A {hero} le encantó el plan y se ofreció como ayudante oficial de la cuenta",
    ),
    "«Ya van tres risas», anunció {pal} con orgullo": (
        "«Risa número tres», informó {pal}, como quien gana un premio",
    ),
    "{hero} perdió la cuenta un momento, pero {pal}, por supuesto, no": (
        "{hero} ya no sabía por dónde iba, pero {pal} seguía sabiendo el número exacto",
    ),
    "Incluso en el momento más difícil, {pal} contó una risita pequeña y valiente": (
        "Hasta cuando todo se puso feo alguien soltó una risita, y {pal} la apuntó",
    ),
    "De vez en cuando {pal} susurraba el número nuevo, para que nadie lo olvidara": (
        "Cada cierto tiempo {pal} murmuraba el total, para que todos estuvieran al día",
    ),
    # MOMENTS: calm
    "El tiempo parecía ir más despacio, como pasa a veces en los mejores días": (
        "Los minutos se estiraban con pereza, como solo ocurre en los días buenos de verdad",
    ),
    "Todo a su alrededor parecía tranquilo, como si nada pudiera salir mal": (
        "A su alrededor reinaba una calma suave, y los problemas parecían estar a mil kilómetros",
    ),
    "Era uno de esos lugares en los que uno quiere quedarse mucho más tiempo del previsto": (
        "Hay sitios que hacen olvidar la hora de irse, y aquel era uno de ellos",
    ),
    "Por una vez no había nada que resolver, nada que buscar y ningún sitio al que llegar": (
        "En ese momento no había tareas, ni enigmas, ni nadie esperándolos en ninguna parte",
    ),
    "Parecía el principio de algo, aunque nadie habría sabido decir de qué": (
        "Flotaba en el aire la sensación de que algo estaba a punto de empezar",
    ),
    "Alguien tarareaba una melodía alegre, y al poco rato todos la tarareaban a la vez": (
        "Una cancioncilla alegre empezó en una sola voz y pronto los tenía a todos cantando",
    ),
    "Durante un ratito, nadie dijo nada": ("Un silencio cómodo se posó sobre ellos",),
    "Era un silencio amable, de esos que no necesitan palabras": (
        "Nadie sintió la necesidad de llenarlo, y eso formaba parte del placer",
    ),
    "Se tomaron su tiempo para mirarlo todo bien": ("Aflojaron el paso y dejaron que los ojos pasearan",),
    "Había mucho más que ver cuando nadie tenía prisa": (
        "Yendo despacio, descubrían cosas que con prisas habrían pasado de largo",
    ),
    # MOMENTS: worried
    "Durante un largo momento nadie se movió, y nadie supo qué decir": (
        "Se quedaron inmóviles, buscando unas palabras que no llegaban",
    ),
    "Hasta el sonido más pequeño parecía enorme en aquel silencio tan pesado": (
        "En aquella quietud, el roce más leve sonaba como un grito",
    ),
    "La alegría de la mañana había desaparecido tan deprisa como una pompa de jabón": (
        "El buen humor de la mañana había estallado y ya no quedaba ni rastro",
    ),
    "Todos pensaban lo mismo, pero nadie quería decirlo en voz alta": (
        "La misma preocupación rondaba todas las cabezas, esperando a alguien con valor para decirla",
    ),
    "De pronto, el camino que quedaba parecía mucho más largo que antes": (
        "De golpe, el sendero que tenían delante parecía no acabar nunca",
    ),
    "Cada paso pesaba un poco más que el anterior": (
        "Arrastraban los pies como si llevaran arena en los zapatos",
    ),
    "Los planes alegres de la mañana parecían ya muy lejanos": (
        "Las buenas ideas del desayuno parecían de otro día",
    ),
    "Nadie recordaba bien por qué todo les había parecido tan fácil": (
        "Nadie entendía ya cómo algo así había podido parecer sencillo",
    ),
    "Durante un rato solo se oyó su propia respiración lenta": (
        "Durante un buen rato se limitaron a quedarse allí, oyéndose respirar",
    ),
    "Nadie quería ser el primero en decir lo que todos estaban pensando": (
        "La idea flotaba entre ellos, y nadie se atrevía a ponerla en palabras",
    ),
    # MOMENTS: busy
    "Las cosas no salían como nadie había esperado, pero nadie estaba dispuesto a rendirse": (
        "Nada salía según lo previsto, y aun así a nadie se le pasaba por la cabeza abandonar",
    ),
    "En algún lugar estaba la respuesta que necesitaban, si conseguían encontrarla": (
        "La respuesta estaba ahí fuera, escondida, esperando unos ojos atentos",
    ),
    "Cada pregunta llevaba a otra pregunta, que es como aprenden los exploradores de verdad": (
        "Cada respuesta abría una pregunta nueva, y así, dicen los exploradores, es como se aprende",
    ),
    "El plan cambiaba una y otra vez, pero cambiar de plan no es lo mismo que rendirse": (
        "Cambiaron de plan muchas veces, que es algo muy distinto de tirar la toalla",
    ),
    "De vez en cuando a alguien se le ocurría una idea nueva, y todos se paraban a escuchar": (
        "Cada vez que surgía una ocurrencia, todos se detenían a oírla entera",
    ),
    "Por el camino hablaban en susurros rápidos y emocionados": (
        "Siguieron adelante, cuchicheando con entusiasmo",
    ),
    "Cualquier idea merecía probarse al menos una vez": (
        "Ninguna propuesta era demasiado rara para intentarla",
    ),
    # MOMENTS: glad
    "Durante un momento todos se quedaron quietos, sin poder creérselo": (
        "Al principio nadie se movió, como si todo pudiera esfumarse con un parpadeo",
    ),
    "Enseguida todos hablaban a la vez, contando la historia del día desde el principio": (
        "En un momento estaban todos charlando, repasando el día desde su primer minuto",
    ),
    "Cada uno lo recordaba de una manera un poco distinta, y eso lo hacía todavía más divertido": (
        "Ninguno lo contaba igual, y eso les provocaba la risa a todos",
    ),
    "Todo el lugar parecía celebrarlo con ellos": ("Era como si el propio lugar se sumara a la fiesta",),
    "Hasta lo que por la mañana había parecido difícil ahora resultaba amable y conocido": (
        "Lo que en el desayuno parecía duro y extraño ahora parecía amable y acogedor",
    ),
    "Todos querían oír la historia otra vez, desde el principio": (
        "Se pedían unos a otros que la contaran de nuevo desde el primer momento",
    ),
    "Era como si el día entero hubiera contenido la respiración y por fin pudiera soltarla": (
        "El día soltó un gran suspiro de alivio, y todos los que estaban en él también",
    ),
    # FEELINGS: calm
    "{hero} sentía calma y curiosidad, como al empezar un buen libro": (
        "{hero} sentía una curiosidad tranquila, como quien abre la primera página de un cuento nuevo",
    ),
    "Cualquier cosa podía pasar, y esa idea resultaba emocionante y no daba ningún miedo": (
        "Viniera lo que viniera, {hero} tenía ganas de recibirlo con una sonrisa",
    ),
    "Los días como este no llegaban a menudo, y {hero} quería disfrutar de cada minuto": (
        "Días así no se presentaban a menudo, y {hero} pensaba aprovecharlo bien",
    ),
    "Explorar a solas habría sido interesante, pero explorar en compañía era muchísimo mejor": (
        "Todo es más divertido cuando hay alguien con quien compartirlo",
    ),
    "Había tiempo para mirar de cerca, para escuchar y para hacerse preguntas": (
        "Sobraban minutos para observar, escuchar y dejar volar la imaginación",
    ),
    "Era imposible estar de mal humor con una compañía tan alegre": (
        "Nadie podía seguir con cara larga rodeado de amigos así",
    ),
    "Hasta las cosas pequeñas, como un ruido gracioso o una forma curiosa, merecían una parada": (
        "Una piedra rara, un sonido gracioso: cualquier detalle merecía una mirada más atenta",
    ),
    "Es una sensación preciosa estar justo donde quieres estar y con la compañía perfecta": (
        "No hay nada como estar en el sitio adecuado con los amigos adecuados",
    ),
    # FEELINGS: worried
    "Era esa clase de preocupación que hace que los pensamientos den vueltas y más vueltas": (
        "Los pensamientos de {hero} giraban y giraban sin llegar a ninguna parte",
    ),
    "Por la mañana todo parecía muy sencillo, y ahora nada era sencillo en absoluto": (
        "La mañana había sido fácil, pero la tarde se había convertido en un lío",
    ),
    "Aun así, una vocecita tozuda insistía en que la historia no terminaba aquí": (
        "Y sin embargo, muy adentro, una voz diminuta repetía que la historia aún no había acabado",
    ),
    "Es lo que se siente cuando no sabes cómo va a terminar algo": (
        "No saber cómo acabaría todo era lo más difícil",
    ),
    # FEELINGS: busy
    "Daba miedo y emoción a la vez, que es exactamente lo que suelen dar las aventuras": (
        "Una parte de {hero} quería volver a casa y otra quería correr hacia delante, y las aventuras "
        "suelen ser así",
    ),
    "¿Qué los esperaba más adelante, y les ayudaría o les pondría las cosas más difíciles?": (
        "Solo había una manera de saber si la próxima curva traería ayuda o nuevos problemas",
    ),
    "Los detectives se fijan en las cosas pequeñas que todos los demás pasan por alto": (
        "La pista más diminuta puede importar, y un buen detective no ignora ninguna",
    ),
    "A lo mejor el valor es algo que crece justo cuando lo necesitas": (
        "El valor, por lo visto, aparecía justo cuando más falta hacía",
    ),
}
