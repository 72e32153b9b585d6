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
    # SHAPE_MOMENTS
    "De vez en cuando a alguien le parecía haber encontrado una pista, y todo el mundo corría a mirar": (
        "Cada dos por tres alguien avisaba de una posible pista, y allá iban todos a verla",
    ),
    "Cada vez que un escondite resultaba vacío, alguien lo tachaba de la lista": (
        "Uno tras otro, los escondites vacíos iban desapareciendo de su lista",
    ),
    "Alguien se inventó una canción para buscar, era horrible, y todo el mundo la cantó": (
        "Alguien compuso una canción de búsqueda malísima, y aun así la cantaron a coro",
    ),
    "Revisaron cada rincón dos veces, y algunos rincones hasta tres": (
        "Ningún hueco se miró una sola vez, y unos cuantos se registraron una y otra vez",
    ),
    "Alguien propuso volver sobre sus pasos, y otro ya había empezado a hacerlo": (
        "Desandar el camino parecía sensato, y uno de ellos ya iba de vuelta",
    ),
    "La lista de sitios donde no estaba se hacía cada vez más larga": (
        "Su lista de lugares equivocados no dejaba de crecer",
    ),
    "Cada escondite vacío hacía que el siguiente pareciera más prometedor": (
        "Con cada hueco vacío, los que quedaban parecían un poco más esperanzadores",
    ),
    "Alguien tarareaba mientras trabajaban, y el trabajo parecía ir más rápido": (
        "Una melodía acompañaba la tarea, y los minutos pasaban más deprisa",
    ),
    "Cada pocos minutos, alguien se apartaba para ver cómo iba quedando": (
        "De tanto en tanto todos daban un paso atrás para juzgar cómo avanzaba",
    ),
    "Hubo algunos pequeños contratiempos, pero nadie dejó que estropearan el buen humor": (
        "Algo salió mal una o dos veces, pero el buen ambiente resistió",
    ),
    "Colocaron cada piececita en orden, para que no se perdiera nada": (
        "Todas las piezas quedaron en filas ordenadas, donde ninguna podía extraviarse",
    ),
    "El arreglo avanzaba despacio, paso a paso y con mucho cuidado": (
        "Repararlo era un asunto lento que pedía muchísima atención",
    ),
    "De vez en cuando algo crujía o se tambaleaba, y todo el mundo contenía la respiración": (
        "Cada vez que algo se movía o chirriaba, se quedaban todos quietos como estatuas",
    ),
    "Poco a poco, lo que estaba roto recuperaba su aspecto de siempre": (
        "Lentamente el destrozo iba desapareciendo y volvía la forma de antes",
    ),
    "Cada palabra amable parecía servir de algo, por pequeña que fuera": (
        "Hasta la palabra de consuelo más suave parecía ayudar un poco",
    ),
    "Alguien compartió lo que tenía, y otro se ofreció a vigilar": (
        "Uno ofreció lo que había traído, y otro se quedó de guardia",
    ),
    "Era un trabajo lento, de esos que no se pueden apresurar": ("Nada de aquello se podía hacer corriendo",),
    "Ayudar a alguien, descubrieron, es tanto escuchar como hacer": (
        "Para ayudar bien, aprendieron, hace falta la mitad de oídos y la mitad de manos",
    ),
    "Todo el mundo se movía con un poco más de suavidad que de costumbre": (
        "Se movían todos despacito y con mucho tiento",
    ),
    "Ya nadie hablaba alto, por si alguien pequeñito estaba escuchando": (
        "Bajaron la voz hasta el murmullo, para no asustar a nadie pequeño",
    ),
    "Cuanto más ayudaban, más ganas tenían de ayudar": (
        "Ayudar resultó ser contagioso: cada gesto les daba ganas de hacer más",
    ),
    "Cada ruidito hacía que alguien diera un respingo, y luego todo el mundo se reía de los respingos": (
        "A cada sonido alguien pegaba un salto, y después se partían de risa",
    ),
    "Despacio, muy despacio, el sitio que daba miedo estaba cada vez más cerca": (
        "Palmo a palmo, el lugar que les asustaba se acercaba",
    ),
    "Nadie iba delante y nadie se quedaba atrás, así que avanzaban uno al lado del otro": (
        "Caminaban en fila, hombro con hombro, para que nadie tuviera que abrir la marcha",
    ),
    "Cada sombra parecía un poco más grande de lo que seguramente era": (
        "Las sombras parecían estirarse más de la cuenta",
    ),
    "Iban tan cerca unos de otros que se chocaban los codos todo el rato": (
        "Iban tan apretados que se pisaban los pies sin parar",
    ),
    "Nadie hablaba del nudo en la tripa, pero todo el mundo lo tenía": (
        "Todos tenían mariposas en el estómago, aunque ninguno lo confesara",
    ),
    "Cada pasito valiente hacía el siguiente un poquito más fácil": (
        "Un pasito atrevido hacía que el siguiente asustara menos",
    ),
    "Cada cual trabajaba en una parte distinta, y poco a poco las partes fueron encajando": (
        "Cada uno se encargó de un trozo de la tarea, y los trozos fueron uniéndose",
    ),
    "Había muchos cuchicheos, porque a los deseos les gusta ser secretos hasta que se cumplen": (
        "Hablaban en voz bajita, porque un deseo se guarda en secreto hasta que se cumple",
    ),
    "Alguien no paraba de preguntar si ya estaba listo, y siempre le contestaban que casi": (
        "«¿Ya está?», preguntaba alguien una y otra vez, y la respuesta era siempre «casi».",
    ),
    "Cumplir el deseo de otro resultó ser muchísimo trabajo": (
        "Hacer realidad el deseo de otro costaba mucho más de lo que nadie había imaginado",
    ),
    "Todo el mundo tenía una idea, y algunas hasta eran útiles": (
        "Llovían ideas por todas partes, y unas pocas eran buenas de verdad",
    ),
    "Nadie lo decía, pero todo el mundo imaginaba ya el final feliz": (
        "En silencio, cada uno se imaginaba ya lo bonito que iba a acabar todo",
    ),
    "El plan crecía y mejoraba cada vez que alguien añadía algo": (
        "Con cada aportación, el plan se volvía más grandioso",
    ),
    "Todo el mundo quería ver el hallazgo de cerca, para asegurarse de que era de verdad": (
        "Se arremolinaron para mirarlo bien, por si estaban soñando",
    ),
    "La búsqueda había terminado, y de repente todo el mundo tenía mucha hambre": (
        "Terminada la búsqueda, todas las tripas empezaron a rugir a la vez",
    ),
    "Todo el mundo quiso comprobar por turnos que todo aguantaba, uno detrás de otro": (
        "Uno tras otro lo probaron, para estar seguros de que resistiría",
    ),
    "Alguien dijo que había quedado mejor que antes, y nadie le llevó la contraria": (
        "Estaba más bonito que nunca, y en eso estuvieron todos de acuerdo",
    ),
    "Ahora todo el mundo sonreía, incluso quien antes había tenido miedo": (
        "Había sonrisas en todas las caras, también en las que antes estaban pálidas de miedo",
    ),
    "Alguien dio las gracias, y luego todo el mundo dio las gracias a todo el mundo": (
        "Los agradecimientos dieron vueltas y más vueltas hasta que nadie quedó sin dar las gracias",
    ),
    "Todo el mundo contaba a la vez el momento en que más miedo había pasado": (
        "Charlaban todos a la vez sobre el instante en que se habían asustado más",
    ),
    "El sitio que tanto miedo daba ahora parecía casi acogedor": (
        "El rincón que tanto les había asustado ahora parecía casi amable",
    ),
    "Durante un momento nadie dijo nada, porque el final feliz no necesitaba palabras": (
        "Durante un ratito se limitaron a mirar, porque sobraban las palabras",
    ),
    "Luego todo el mundo se puso a aplaudir a la vez, y los aplausos no se acababan nunca": (
        "Después estalló una gran ovación que no había manera de parar",
    ),
    # SHAPE_FEELINGS: the reasons
    "Cada pista contaba, incluso las que no llevaban a ninguna parte": (
        "Hasta una pista que no lleva a nada te dice dónde no hay que mirar",
    ),
    "Buscar es lento, y {hero} quería una respuesta ya": (
        "Buscar lleva siglos, y la paciencia nunca había sido el fuerte de {hero}",
    ),
    "Perder algo que quieres es de los peores sentimientos que hay": (
        "Pocas cosas sientan tan mal como echar de menos algo querido",
    ),
    "Los ojos aprenden a fijarse en las cosas cuando se entrenan lo suficiente": (
        "Cuanto más miras, mejor aprenden a ver tus ojos",
    ),
    "Imaginarlo no servía para recuperar nada, pero sí traía ideas nuevas": (
        "Imaginarlo no lo haría aparecer, pero despertaba alguna idea fresca",
    ),
    "Todo está en alguna parte, y esa parte se puede encontrar": (
        "Nada puede estar en ningún sitio, así que tenía que esperar en algún lugar",
    ),
    "El siguiente sitio podía ser el bueno": ("A lo mejor la respuesta esperaba a la vuelta de la esquina",),
    "Los pequeños éxitos se van sumando, uno tras otro": (
        "Muchos triunfos pequeñitos acaban formando uno grande",
    ),
    "Romper lleva un segundo, y arreglar puede llevar todo el día": (
        "Algo se rompe en un abrir y cerrar de ojos y luego cuesta horas repararlo",
    ),
    "Los inventores también se equivocan, y luego lo vuelven a intentar": (
        "Hasta los inventores famosos fallan muchas veces antes de acertar",
    ),
    "Era el buen cansancio, el que llega cuando construyes algo": (
        "Unas manos cansadas por un trabajo útil no son motivo de queja",
    ),
    "Cada pieza que encajaba facilitaba la siguiente": (
        "Cada parte que encajaba indicaba dónde iba la próxima",
    ),
    "Más valían unas manos con cuidado que unas manos con prisa": (
        "Despacio y bien, pensó {hero}, era mejor que rápido y mal",
    ),
    "Arreglar algo, por lo visto, exigía pensar y probar a partes iguales": (
        "Reparar cosas, al parecer, pedía tanto cabeza como manos",
    ),
    "Las cosas rotas no se arreglan con prisas": ("Ningún arreglo que valga la pena se hace corriendo",),
    "Ser dulce, al final, es una forma de ser fuerte": (
        "La delicadeza, estaba aprendiendo {hero}, pide un corazón fuerte",
    ),
    "Quién sabe qué habría pasado si nadie hubiera venido": (
        "Costaba no preguntarse cómo habría acabado todo sin nadie que ayudara",
    ),
    "No hay nada mejor que saber que estás cambiando las cosas": (
        "Saber que has ayudado es de las mejores sensaciones del mundo",
    ),
    "A veces la bondad da un poco de ganas de llorar, pero de las buenas": (
        "La bondad puede hacer que te piquen los ojos, aunque estés feliz",
    ),
    "Nadie debería quedarse a solas con un problema": ("Los problemas pesan menos cuando se comparten",),
    "Alguien necesitaba ayuda, y eso importaba más que nada": (
        "Saber que alguien te necesitaba hacía que todo lo demás pareciera pequeño",
    ),
    "Tendría que explicarlo la amabilidad": (
        "Los gestos amables tendrían que hablar en lugar de las palabras",
    ),
    "Eso es lo que pasa cuando cuidas de alguien más pequeño": (
        "Cuidar de alguien pequeño te hace sentir más grande",
    ),
    "No era agradable, pero no duró mucho": ("Por suerte, aquella sensación tan fea pasó pronto",),
    "Las canciones son muy buenas para acallar los miedos": (
        "Una melodía, aunque sea por dentro, mantiene el miedo a raya",
    ),
    "Luego recordó que también se puede ser pequeño y muy valiente": (
        "Luego recordó que el valor no depende del tamaño",
    ),
    "Ser valiente no significa que dejen de temblar las rodillas": (
        "A los valientes también les tiemblan las rodillas, pero siguen andando",
    ),
    "La curiosidad iba ganando, aunque por muy poco": ("La curiosidad iba en cabeza, aunque por un pelo",),
    "Los miedos crecen cuando huyes de ellos y encogen cuando los miras de frente": (
        "Si miras un miedo a la cara, muchas veces resulta más pequeño de lo que parecía",
    ),
    "Había cien maneras de cumplir un deseo, y {hero} quería probarlas todas": (
        "Existían tantas formas de cumplir un deseo, y {hero} tenía ganas de probar cada una",
    ),
    "Los deseos llevan su tiempo, y {hero} quería que este se cumpliera hoy mismo": (
        "Esperar un deseo cuesta, y {hero} confiaba en que este no tardara",
    ),
    "No todo el mundo puede ayudar a que se cumpla un deseo": (
        "Ayudar a cumplir un deseo es un trabajo poco común",
    ),
    "Cumplir el deseo de otro era casi mejor que ver cumplido el propio": (
        "Hacer realidad el deseo de otro era casi tan bonito como conseguir el tuyo",
    ),
    "Cumplir un deseo es una especie de magia de todos los días": (
        "Ayudar a que se cumpla un deseo es lo más parecido a la magia de verdad",
    ),
    "Esa imagen le daba fuerzas cada vez que las cosas se ponían difíciles": (
        "Cuando el trabajo se ponía cuesta arriba, {hero} pensaba en esas caras felices",
    ),
    "Era una sensación sorprendentemente agradable": ("Resultó ser una sensación preciosa",),
    "Pero esperar no bastaba, así que {hero} siguió trabajando": (
        "Pero con esperar no iba a bastar, así que {hero} continuó con la tarea",
    ),
    # SHAPE_EXCHANGES: lo que sigue a la conversación
    "Nadie sabía la respuesta, pero era una pregunta divertida": (
        "Era una pregunta curiosa y graciosa, y nadie supo qué contestar",
    ),
    "No era lo que buscaban, solo algo que se le parecía un poco de lejos": (
        "De lejos los había engañado, pero de cerca era otra cosa muy distinta",
    ),
    "{friend} no tenía claro que la suerte funcionara así, pero quiso intentarlo": (
        "{friend} dudaba que la suerte llevara la cuenta de los intentos, pero aceptó probar",
    ),
    "Después de oírlo, todo el mundo miró con un poco más de atención": (
        "A partir de entonces, todos los ojos buscaron con más cuidado",
    ),
    "Así que repasaron toda la mañana, hora por hora": (
        "Paso a paso, recorrieron de nuevo todo lo ocurrido desde el desayuno",
    ),
    "Se convirtió en una especie de juego, y el juego hacía más fácil la búsqueda": (
        "Desde entonces buscar fue casi un juego, y los juegos nunca cansan tanto",
    ),
    "{friend} soltó un suspiro de alivio y no se apartó de {hero} ni un momento": (
        "A {friend} se le notó la alegría, y no se separó de {hero} ni un paso",
    ),
    "A partir de ahí, nadie se quedó sin una o dos preguntas muy educadas": (
        "Desde entonces, a todo el que se cruzaban le preguntaban con educación si lo había visto",
    ),
    "Sonaba un poco tonto, pero era la idea más útil que habían tenido hasta entonces": (
        "Era un plan extraño, y aun así resultó ser el mejor de todos",
    ),
    "{friend} se rio, pero tuvo que admitir que era verdad": (
        "A {friend} le dio la risa, pero era difícil llevarle la contraria",
    ),
    "Iba al revés, y por un momento aquello les pareció una genialidad": (
        "Encajó a la perfección, y aquello fue todo un triunfo",
    ),
    "Aquella respuesta tenía algo que tranquilizaba": (
        "Oír aquello, no se sabe por qué, hizo que todo pareciera mejor",
    ),
    "Turnarse hacía el trabajo más lento, pero mucho más divertido": (
        "Repartirse la tarea la hacía más lenta, y también muchísimo más entretenida",
    ),
    "{friend} asintió y prometió tomárselo con mucha calma": (
        "{friend} asintió con firmeza y juró tener toda la paciencia del mundo",
    ),
    "Ir por orden hacía que la tarea pareciera mucho menos temible": (
        "Hacer las cosas de una en una empequeñecía el trabajo grande",
    ),
    "Así era exactamente, y la siguiente pieza encajó en su sitio sin problemas": (
        "Era justo eso, y la parte siguiente hizo clic en su hueco",
    ),
    "Deshacer llevó un rato, pero el segundo intento salió mucho mejor": (
        "Desmontarlo otra vez fue lento, pero el nuevo intento funcionó de maravilla",
    ),
    "Así que examinaron de cerca cada grieta y cada pieza suelta": (
        "Estudiaron cada grieta y cada trozo flojo con ojos de detective",
    ),
    "Esperar con paciencia resultó ser otra manera de ayudar": (
        "A veces, descubrieron, quedarse cerca y esperar también es ayudar",
    ),
    "Decidieron ayudar con las tres cosas, por si acaso": (
        "Para no fallar, resolvieron ayudar con todo a la vez",
    ),
    "Así que se presentaron, muy bajito y con mucha educación": (
        "Dijeron quiénes eran con la voz más suave y amable que tenían",
    ),
    "Era raro pensar que podían haber pasado de largo sin ver nada": (
        "Habían estado a punto de pasar sin darse cuenta, y eso daba que pensar",
    ),
    "Se acercaron con el mayor cuidado posible, sin un solo gesto brusco": (
        "Poco a poco se aproximaron, intentando no asustar a nadie",
    ),
    "Daba gusto saber que el primer paso ya estaba dado": (
        "Saber que ya habían empezado hacía que lo demás pareciera posible",
    ),
    "A todo el mundo le pareció sensato": ("Todos estuvieron de acuerdo en que era un buen plan",),
    "Después de eso, nadie necesitó que le recordaran que había que ser amable": (
        "Desde ese momento, la amabilidad salió sola, sin que nadie la pidiera",
    ),
    "Se lo tomaron muy en serio, como hacen los buenos ayudantes": (
        "Era una promesa seria, y pensaban cumplirla como auténticos ayudantes",
    ),
    "Era una posibilidad en la que nadie había pensado": ("A nadie se le había pasado eso por la cabeza",),
    "Y se quedaron cerca de verdad, de principio a fin": (
        "Y así lo hicieron, sin separarse ni un paso en todo el camino",
    ),
    "{friend} nunca lo había visto de esa manera": ("Para {friend} era una idea completamente nueva",),
    "Bromear no hacía desaparecer el miedo, pero lo hacía más pequeño": (
        "Las bromas no podían echar al miedo, pero sí lo encogían",
    ),
    "{friend} se quedó pensando en eso un buen rato": (
        "Aquellas palabras se quedaron un buen rato en la cabeza de {friend}",
    ),
    "Dicho en voz alta, sonaba mucho menos terrible": (
        "Una vez dicho, ya no parecía ni la mitad de horrible",
    ),
    "La risa ayudó mucho más que la cuenta": ("Las risitas sirvieron más que cualquier número",),
    "Por alguna razón, era más fácil tener miedo en compañía que a solas": (
        "Asustarse codo con codo resultó mucho más llevadero que asustarse a solas",
    ),
    "No saber, decidieron, era peor que descubrirlo": (
        "Quedarse con la duda para siempre, acordaron, sería peor que mirar",
    ),
    "Después de eso, el deseo ya no parecía tan enorme": (
        "De pronto, el deseo parecía una talla más pequeño",
    ),
    "Todo el mundo estuvo de acuerdo en que la sorpresa era lo mejor": (
        "Nadie podía discutirlo: la sorpresa era lo que más importaba",
    ),
    "Guardar un secreto alegre es más difícil de lo que parece": (
        "Un secreto feliz es de las cosas más difíciles de guardar",
    ),
    "Solo de pensarlo, trabajaban un poco más deprisa": (
        "Imaginar aquellas caras hacía que el trabajo avanzara más rápido",
    ),
    "Y echar una mano era justo lo que habían decidido hacer": (
        "Que era precisamente lo que tenían pensado hacer",
    ),
    "{friend} tuvo que admitir que era verdad": ("{friend} no encontró nada que objetar",),
    "No hizo falta decirlo dos veces": ("Al instante, todos se pusieron manos a la obra",),
    "Era la respuesta más bonita que {hero} había oído nunca": (
        "A {hero} le pareció la contestación más tierna del mundo",
    ),
    "Por suerte, inventar era una de las cosas que mejor se les daban": (
        "Por suerte, improvisar sobre la marcha era uno de sus talentos",
    ),
    # REFLECTIONS
    "En algún lugar les esperaba {goal}, y ese pensamiento le daba fuerzas a {hero}": (
        "La idea de que {goal} esperaba en alguna parte le dio nuevo empuje a {hero}",
    ),
    "{friend} vio que {hero} pensaba con mucho cuidado y decidió quedarse cerca": (
        "{friend} veía a {hero} pensar y se quedó cerca sin hacer ruido",
    ),
    "Cada ruido nuevo hacía que {friend} mirara alrededor con atención": (
        "A cada sonido desconocido, {friend} aguzaba el oído",
    ),
    "En momentos así, a {hero} le gustaba imaginar qué harían los exploradores de los cuentos": (
        "{hero} se preguntó qué intentarían ahora los héroes de sus libros favoritos",
    ),
    "{friend} tarareaba bajito, y eso casi siempre significaba que se acercaba una idea": (
        "De {friend} salía un suave tarareo, señal casi segura de que se cocía un plan",
    ),
    "{hero} pensó en lo distinta que había sido la mañana y en todo lo que había pasado desde entonces": (
        "Después de todo lo ocurrido, la mañana parecía ya muy lejana",
    ),
    "{friend} estaba siendo muy paciente, y {hero} se lo agradecía": (
        "{hero} agradecía que {friend} nunca metiera prisa a nadie",
    ),
    "Cada paso los acercaba un poco más, aunque no lo pareciera": (
        "Hasta los pasos que parecían inútiles los llevaban más cerca",
    ),
    "{hero} tenía la sensación de que aquel día sería una buena historia para contar": (
        "{hero} sospechaba que aquel día se contaría durante años",
    ),
    "Es curioso: muchas veces lo más difícil de un problema es empezar": (
        "Empezar, notó {hero}, suele ser lo más complicado",
    ),
    "{hero} intentó fijarse en cada detalle, por si acaso resultaba importante": (
        "{hero} guardó en la memoria cada pequeño detalle, por si alguno contaba",
    ),
    "Nadie se quejó, aunque todos estaban un poco cansados": (
        "Con las piernas cansadas o no, no se oyó ni una sola queja",
    ),
    "{hero} le daba vueltas y más vueltas al problema": (
        "El problema rodaba por la cabeza de {hero} como una canica en un cuenco",
    ),
    "No había prisa, decidió {hero}, y con cuidado era mejor que deprisa": (
        "Despacio pero sin pausa, decidió {hero}, llegarían",
    ),
    "{friend} miraba a {hero} de vez en cuando, como para comprobar que todo iba bien": (
        "De cuando en cuando, {friend} echaba un vistazo a {hero} para asegurarse de que todo iba bien",
    ),
    # SHAPE_FEELINGS: glad, las razones
    "Después de tanto buscar, soltarlo no parecía buena idea": (
        "Había costado demasiado encontrarlo como para arriesgarse a perderlo otra vez",
    ),
    "Las cosas perdidas que vuelven parecen todavía más valiosas que antes": (
        "Lo que se pierde y aparece de nuevo vale el doble",
    ),
    "Claro que había sido cosa de todo el equipo, y {hero} lo sabía": (
        "Nadie lo habría logrado a solas, y {hero} lo dijo en voz alta",
    ),
    "La larga búsqueda había terminado por fin": ("Tanto rastrear había llegado por fin a su fin",),
    "Ya casi no se notaba nada": ("Solo quien supiera dónde mirar notaría el arreglo",),
    "Arreglar algo con tus propias manos da una felicidad muy especial": (
        "Pocas cosas sientan tan bien como reparar algo por tu cuenta",
    ),
    "Todo aquel trabajo cuidadoso había merecido la pena": (
        "Cada minuto lento y paciente había dado su fruto",
    ),
    "Lo que estaba roto volvía a estar entero, y eso parecía magia": (
        "Lo que había estado en pedazos volvía a ser una sola pieza, y aquello parecía casi mágico",
    ),
    "Hacer feliz a otro da una felicidad muy especial": (
        "La alegría de hacer sonreír a alguien es una alegría muy suya",
    ),
    "La bondad siempre encuentra el camino de vuelta": ("La bondad tiene la costumbre de volver a casa",),
    "Nadie les había pedido ayuda, pero habían ayudado de todos modos": (
        "Habían ayudado sin que nadie se lo pidiera, y eso lo hacía aún mejor",
    ),
    "Todo el mundo estaba a salvo y feliz, y eso era lo único que importaba": (
        "Lo único que contaba ahora era que todos estaban a salvo y sonriendo",
    ),
    "Enfrentarse a un miedo te cambia un poco, y para bien": (
        "Mirar un miedo a los ojos te deja un poco más grande por dentro",
    ),
    "Desde el otro lado, casi parecía una tontería": ("Ahora que había quedado atrás, casi daba risa",),
    "Era el tipo de sensación que uno querría guardar para siempre": (
        "{hero} habría querido guardar aquella sensación en un frasco para más tarde",
    ),
    "Ser valiente cansa, pero merece la pena": ("El valor agota, y vale cada gota de esfuerzo",),
    "Quizá sí, y quizá la habían fabricado entre todos": (
        "A lo mejor era verdad, y a lo mejor eran ellos quienes la habían creado",
    ),
    "Un deseo cumplido es todavía mejor cuando has ayudado a cumplirlo": (
        "Un deseo que has ayudado a cumplir es el mejor de todos",
    ),
    "Una alegría así pide bailar": ("Una alegría tan grande tiene que salir por los pies",),
    "Ver cumplirse un deseo era lo más bonito que {hero} había visto nunca": (
        "Ver hacerse realidad un deseo fue más hermoso que cualquier cosa que {hero} recordara",
    ),
    # THREADS: los desenlaces
    "De pronto, {hero} se detuvo en medio de todo y gritó: «¡Un agujero! ¡La respuesta es un agujero!»": (
        "De golpe {hero} exclamó: «¡Un agujero! ¡Cuanto más cavas, más grande es!»",
    ),
    "«¿Te sabes más adivinanzas?», preguntó {hero} antes de dormirse, y {pal} prometió una nueva para "
    "mañana": (
        "Entre bostezos, {hero} le pidió a {pal} otra adivinanza, y {pal} prometió una a primera hora",
    ),
    "Cuando llegó el momento, {hero} sacó del bolsillo la pulsera terminada y se la regaló a {pal}": (
        "En el momento justo apareció la pulsera terminada, y {hero} se la dio a {pal}",
    ),
    "«¿La has hecho para mí, todo este tiempo?», preguntó {pal}, y la llevó con orgullo el resto de la "
    "tarde": ("«¿Era esto lo que hacías a escondidas?», exclamó {pal}, y se la puso enseguida, radiante",),
    "Entonces, en medio de tanta alegría, {pal} frunció los labios y silbó una nota clara, fuerte y "
    "perfecta": (
        "Y justo entonces, con todos de fiesta, {pal} silbó por fin: una nota brillante, limpia y sonora",
    ),
    "Después, {hero} y {pal} terminaron el mapa juntos y dibujaron una gran estrella dorada donde habían "
    "resuelto el problema": (
        "Más tarde, {hero} y {pal} completaron el mapa codo con codo y marcaron el lugar de su éxito con "
        "una gran estrella de oro",
    ),
    "En medio de los vítores, {pal} hizo un bailecito de lo más tonto, y {hero} por fin soltó una "
    "carcajada": (
        "Entre tanta celebración, {pal} se marcó un baile ridículo, y la cara seria de {hero} se rompió por "
        "fin en risas",
    ),
    "«Has ganado», dijo {hero} entre risas, y {pal} hizo una reverencia larguísima y muy solemne": (
        "«Vale, tú ganas», farfulló {hero}, y {pal} se inclinó tanto como un mayordomo real",
    ),
    "Cuando todo el mundo lo celebró al final, {pal} dejó de contar, porque había demasiadas risas": (
        "Al final, entre tanto aplauso, {pal} dejó la cuenta, porque las risas ya no se podían contar",
    ),
    "«Demasiadas para contarlas», declaró {pal}, «y ese es el mejor número de todos».": (
        "«Más de las que sé contar», anunció {pal}, «que es el mejor total que existe».",
    ),
    "La última risa del día fue la de {hero}, pequeñita y soñolienta, y {pal} también la contó": (
        "Justo antes de dormir, a {hero} se le escapó una risita adormilada, y {pal} la sumó a la cuenta",
    ),
    # EXCHANGES: lo que sigue a la conversación
    "Se sonrieron, porque los dos ya conocían la respuesta": (
        "Cruzaron una sonrisa: ninguno necesitaba decirlo",
    ),
    "Durante un rato nadie dijo nada más, y aquel silencio resultaba cómodo y cálido": (
        "Después se quedaron escuchando un rato, y aquella calma era acogedora",
    ),
    "{friend} se echó a reír y prometió acordarse de la pregunta": (
        "{friend} soltó una risita y juró volver a preguntarlo a la hora de dormir",
    ),
    "A veces las cosas más importantes se dicen con muy pocas palabras": (
        "Lo que más importa suele caber en un puñado de palabras",
    ),
    "{hero} miró despacio a su alrededor, intentando memorizar cada detalle": (
        "{hero} miró largo rato, guardando cada detalle como un tesoro",
    ),
    "{friend} contó una historia tan disparatada que los dos acabaron doblados de la risa": (
        "El cuento de {friend} era tan absurdo que acabaron los dos muertos de risa",
    ),
    "Aquella respuesta hizo reír a {friend} durante muchísimo tiempo": (
        "{friend} no podía parar de reírse con aquella respuesta",
    ),
    "Discutieron alegremente sobre si aquello era posible o no": (
        "Eso dio pie a una discusión muy alegre sobre si algo así podía ser verdad",
    ),
    "{friend} puso los ojos en blanco, pero no pudo dejar de sonreír": (
        "{friend} resopló, aunque la sonrisa lo delataba",
    ),
    "A los dos les pareció un plan excelente": (
        "Los dos estuvieron de acuerdo en que era una idea estupenda",
    ),
    "{friend} se rio tanto que le costó muchísimo parar": ("{friend} se rio hasta quedarse sin aliento",),
    "A los dos les pareció un argumento perfectamente razonable": (
        "Ninguno de los dos encontró ni un fallo en aquel razonamiento",
    ),
    "Así que se detuvieron, consideraron todas las posibilidades y eligieron el camino más sensato": (
        "Se pararon, sopesaron cada dirección y escogieron la que tenía más sentido",
    ),
    "Los dos se rieron, y la risa les dio energía suficiente para seguir adelante": (
        "Aquello les hizo reír, y la risa les devolvió la fuerza a las piernas",
    ),
    "Ir despacio resultó ser exactamente la idea correcta": (
        "Avanzar con cuidado resultó la decisión más sabia",
    ),
    "Por alguna razón, repasarlo todo en voz alta hizo que el problema pareciera un poco más pequeño": (
        "Decirlo todo en voz alta encogió un poco el problema, no se sabe cómo",
    ),
    "Eso fue exactamente lo que hicieron, y la merienda les ayudó muchísimo": (
        "Hicieron justo eso, y la merienda fue de gran ayuda",
    ),
    "Resultó no ser nada importante, pero desde entonces los dos prestaron mucha más atención": (
        "No era gran cosa, pero a partir de ahí los dos fueron con los ojos bien abiertos",
    ),
    "{friend} explicó el plan, y {hero} escuchó con atención cada una de sus partes": (
        "{hero} escuchó el plan entero de boca de {friend} sin interrumpir ni una vez",
    ),
    "{hero} entendía perfectamente esa sensación": ("{hero} sabía muy bien lo que era eso",),
    "Era una respuesta tan sensata que a {friend} no se le ocurrió ni una sola queja": (
        "{friend} tuvo que reconocer que era una respuesta muy sabia",
    ),
    "Hicieron el plan juntos, discutiendo alegremente sobre el orden de los pasos": (
        "Prepararon el plan entre los dos, peleándose con alegría sobre qué paso iba primero",
    ),
    "De algún modo, aquella promesa hizo que el camino pareciera un poco menos incierto": (
        "Después de aquella promesa, el camino parecía un poco más amable",
    ),
    "Al explicarlo en voz alta, {hero} descubrió un par de cosas que antes se le habían escapado": (
        "Mientras lo contaba, {hero} se fijó en un par de detalles que nadie había visto",
    ),
    "El minuto se convirtió en tres, pero nadie se quejó": (
        "Aquel minuto se estiró hasta tres, y a nadie le importó",
    ),
    "No era una respuesta muy útil, pero les hizo pensar con más fuerza": (
        "No ayudó mucho, pero los puso a pensar de nuevo",
    ),
    # FEELINGS: busy y glad, los sentimientos
    "{hero} sentía una gran determinación, aunque nadie sabía qué iba a pasar": (
        "{hero} tenía muy claro que iba a seguir, pasara lo que pasara",
    ),
    "Un cosquilleo de emoción nerviosa bailaba en la tripa de {hero}": (
        "{hero} tenía la tripa llena de mariposas inquietas",
    ),
    "{hero} se concentró tanto que todo lo demás pareció desaparecer": (
        "{hero} pensaba con tanta fuerza que el resto del mundo se quedó en silencio",
    ),
    "La esperanza y la duda se turnaban en la cabeza de {hero}": (
        "{hero} pasaba de la esperanza a la duda y vuelta",
    ),
    "{hero} sentía cansancio, pero no tanto como para rendirse": (
        "A {hero} le pesaban las piernas, pero aún le quedaba cuerda",
    ),
    "La curiosidad tiraba de {hero} como un hilo invisible": (
        "{hero} notaba cómo la curiosidad tiraba de cada paso",
    ),
    "{hero} sentía un poco de nervios, pero sobre todo impaciencia": (
        "A {hero} le podían los nervios y, sobre todo, las ganas de seguir",
    ),
    "{hero} se esforzó por pensar como un detective": ("{hero} puso en marcha su mejor cabeza de detective",),
    "Una idea nueva empezó a crecer en la cabeza de {hero}, despacio, como una semilla": (
        "Poco a poco, como un brote, una idea fresca asomaba en la cabeza de {hero}",
    ),
    "{hero} sentía más valor que de costumbre, y eso era una sorpresa agradable": (
        "Para alegría de {hero}, el valor parecía haber aparecido de la nada",
    ),
    "{hero} sintió una chispa de esperanza testaruda": (
        "Una esperanza pequeña y cabezota parpadeaba en {hero}",
    ),
    "{hero} sentía frustración, pero intentó que no se notara": (
        "Por dentro {hero} rabiaba un poco, pero por fuera mantenía la calma",
    ),
    "De pronto, {hero} sintió una gran responsabilidad": (
        "De repente {hero} sintió que todos confiaban en su ayuda",
    ),
    "{hero} tenía la cabeza despejada y ganas de todo": (
        "Todo en {hero} estaba alerta y con ganas de empezar",
    ),
    "Una chispita testaruda hacía que {hero} siguiera adelante": (
        "Algo pequeño y decidido dentro de {hero} se negaba a rendirse",
    ),
    "{hero} sintió un cosquilleo de emoción": ("Un escalofrío de emoción recorrió a {hero}",),
    "A {hero} le faltaba un poco el aliento, pero se sentía feliz": (
        "{hero} resoplaba un poco, y aun así sonreía",
    ),
    "La felicidad burbujeaba dentro de {hero} como una limonada": ("{hero} rebosaba de alegría",),
    "{hero} sentía orgullo, pero sobre todo alivio": (
        "Más que nada, {hero} sentía alivio, con una buena dosis de orgullo",
    ),
    "{hero} no podía dejar de sonreír": ("Una sonrisa enorme se había adueñado de la cara de {hero}",),
    "Una ligereza maravillosa llenó a {hero} de la cabeza a los pies": (
        "{hero} sentía el cuerpo ligero como una pluma",
    ),
    "A {hero} le entraron ganas de bailar, y al cabo de un rato bailó de verdad": (
        "Los pies de {hero} pedían baile, y pronto estaban bailando",
    ),
    "En el fondo, a {hero} le asombraba cómo había terminado el día": (
        "A {hero} le costaba creer lo bien que había acabado el día",
    ),
    "{hero} sentía el corazón ligero como un globo": (
        "{hero} sentía que podía salir flotando hacia el cielo",
    ),
    "Un calorcito enorme y agradable recorrió a {hero}": (
        "{hero} brillaba de felicidad por dentro y por fuera",
    ),
}
