"""English problem shapes of the built-in engine (see shapes.py)."""

from __future__ import annotations

from storyloom.providers.text.engine.shapes import Repair, Shape

NOUNS: dict[str, dict[str, str]] = {
    "adventure": {
        "thing": "the old rope bridge",
        "creature": "a little lost fawn",
        "creature_def": "the fawn",
        "scary": "the dark cave under the falls",
    },
    "fantasy": {
        "thing": "the wizard's magic lamp",
        "creature": "a baby dragon",
        "creature_def": "the baby dragon",
        "scary": "the Whispering Wood",
    },
    "fairy tale": {
        "thing": "the miller's old windmill",
        "creature": "a little grey goose",
        "creature_def": "the goose",
        "scary": "the tall dark tower",
    },
    "space": {
        "thing": "the rocket's radio",
        "creature": "a small green alien",
        "creature_def": "the alien",
        "scary": "the dark side of the moon",
    },
    "animals": {
        "thing": "the hen house door",
        "creature": "a lonely lamb",
        "creature_def": "the lamb",
        "scary": "the big dark barn",
    },
    "bedtime": {
        "thing": "the old music box",
        "creature": "a sleepy little owl",
        "creature_def": "the owl",
        "scary": "the shadows under the bed",
    },
    "mystery": {
        "thing": "the town clock",
        "creature": "a shy stray cat",
        "creature_def": "the cat",
        "scary": "the creaky old lighthouse",
    },
    "friendship": {
        "thing": "the wooden swing",
        "creature": "a shy little hedgehog",
        "creature_def": "the hedgehog",
        "scary": "the tallest slide in the park",
    },
    "science": {
        "thing": "the robot helper",
        "creature": "a tiny lost beetle",
        "creature_def": "the beetle",
        "scary": "the loud humming machine",
    },
    "ocean": {
        "thing": "the coral castle",
        "creature": "a baby seahorse",
        "creature_def": "the seahorse",
        "scary": "the deep dark trench",
    },
}


# A customer's place that is not the genre's own world lends its own nouns (see shapes.py).
PLACE_NOUNS: dict[str, dict[str, str]] = {
    "snowy-village": {
        "thing": "the village sleigh",
        "creature": "a little reindeer calf",
        "creature_def": "the reindeer calf",
        "scary": "the old ice cave above the village",
    },
    "beach": {
        "thing": "the old striped kite",
        "creature": "a baby seal",
        "creature_def": "the seal pup",
        "scary": "the dark cave by the rocks",
    },
    "castle-hall": {
        "thing": "the great clock in the hall",
        "creature": "a little castle mouse",
        "creature_def": "the mouse",
        "scary": "the cellar under the great hall",
    },
    "mountains": {
        "thing": "the old wooden signpost",
        "creature": "a baby mountain goat",
        "creature_def": "the goat kid",
        "scary": "the cave high on the mountain",
    },
    "city-street": {
        "thing": "the clock on the town hall",
        "creature": "a shy stray cat",
        "creature_def": "the cat",
        "scary": "the empty house at the end of the street",
    },
    "garden": {
        "thing": "the garden gate",
        "creature": "a shy little hedgehog",
        "creature_def": "the hedgehog",
        "scary": "the dark shed at the bottom of the garden",
    },
    "desert": {
        "thing": "the old water pump",
        "creature": "a baby camel",
        "creature_def": "the camel calf",
        "scary": "the cave under the red rocks",
    },
    "jungle": {
        "thing": "the bridge between the treetops",
        "creature": "a baby monkey",
        "creature_def": "the monkey",
        "scary": "the dark tangle of vines",
    },
    "boat": {
        "thing": "the ship's bell",
        "creature": "a seagull chick",
        "creature_def": "the seagull chick",
        "scary": "the dark hold below deck",
    },
}


# The animal a mystery first wrongly suspects, and another for a book with a fox among its companions.
SUSPECTS: tuple[dict[str, str], dict[str, str]] = ({"suspect": "a fox"}, {"suspect": "a badger"})

# Another creature for each genre and place, of another kind and the same grammatical gender, for a
# book whose companion is already the first one's kind (a kitten friend and a stray-cat mystery).
OTHER_CREATURES: dict[str, dict[str, str]] = {
    "adventure": {"creature": "a little lost rabbit", "creature_def": "the rabbit"},
    "fantasy": {"creature": "a lost bear cub", "creature_def": "the bear cub"},
    "fairy tale": {"creature": "a little brown hen", "creature_def": "the hen"},
    "space": {"creature": "a little lost moon rabbit", "creature_def": "the moon rabbit"},
    "animals": {"creature": "a lonely piglet", "creature_def": "the piglet"},
    "bedtime": {"creature": "a sleepy little bunny", "creature_def": "the bunny"},
    "mystery": {"creature": "a shy little hedgehog", "creature_def": "the hedgehog"},
    "friendship": {"creature": "a shy little bird", "creature_def": "the little bird"},
    "science": {"creature": "a tiny lost snail", "creature_def": "the snail"},
    "ocean": {"creature": "a baby crab", "creature_def": "the little crab"},
    "snowy-village": {"creature": "a little snow hare", "creature_def": "the snow hare"},
    "beach": {"creature": "a baby crab", "creature_def": "the little crab"},
    "castle-hall": {"creature": "a little castle kitten", "creature_def": "the kitten"},
    "mountains": {"creature": "a little lost lamb", "creature_def": "the lamb"},
    "city-street": {"creature": "a shy little pigeon", "creature_def": "the pigeon"},
    "garden": {"creature": "a shy little bird", "creature_def": "the little bird"},
    "desert": {"creature": "a little desert bird", "creature_def": "the little bird"},
    "jungle": {"creature": "a baby elephant", "creature_def": "the little elephant"},
    "boat": {"creature": "a little silver fish", "creature_def": "the little fish"},
}


# What the customer's place looks like, for the pages' details (see shapes.py).
PLACE_DETAILS: dict[str, tuple[str, ...]] = {
    "snowy-village": (
        "snow lay thick on every roof",
        "icicles sparkled along the gutters",
        "smoke curled up from the chimneys",
        "footprints zigzagged across the white square",
        "a snowman wore a bright red scarf",
    ),
    "beach": (
        "waves rolled softly onto the sand",
        "gulls called above the water",
        "the sand was warm between the toes",
        "shells glittered along the tideline",
        "a breeze smelled of salt and sunscreen",
    ),
    "castle-hall": (
        "banners hung from the high stone walls",
        "torches flickered in their iron rings",
        "a long table stood in the middle of the hall",
        "suits of armour stood guard by the door",
        "the stone floor echoed with every step",
    ),
    "mountains": (
        "the peaks were capped with snow",
        "a cold stream tumbled down the rocks",
        "the air was thin and fresh",
        "clouds drifted below the path",
        "a marmot whistled from a rock",
    ),
    "city-street": (
        "buses hummed along the street",
        "shop windows glowed with colour",
        "a bell rang on a bicycle",
        "pigeons strutted along the pavement",
        "the smell of fresh bread drifted from a bakery",
    ),
    "garden": (
        "bees buzzed around the flower beds",
        "tomatoes ripened on their canes",
        "a watering can stood by the path",
        "a robin hopped along the fence",
        "the roses smelled sweet in the sun",
    ),
    "desert": (
        "the sand dunes rippled like waves",
        "the sun blazed in a cloudless sky",
        "a lizard darted behind a rock",
        "a cactus stood tall and prickly",
        "the hot wind whispered over the sand",
    ),
    "jungle": (
        "vines hung down like ropes",
        "parrots squawked in the treetops",
        "huge leaves dripped with rain",
        "a waterfall roared somewhere nearby",
        "bright flowers glowed in the green shade",
    ),
    "boat": (
        "the deck rocked gently under their feet",
        "the sails snapped in the wind",
        "ropes creaked against the mast",
        "the sea stretched out in every direction",
        "spray splashed over the side",
    ),
}

SHAPES: dict[str, Shape] = {
    "broken": Shape(
        goal="a way to mend {thing}",
        problem="{thing} had broken into pieces, and nobody knew how to mend it",
        discovery="the last little piece clicked into place, and {thing} was whole again",
        ending="{thing} worked better than ever before",
        title="{hero} Mends It",
        titles=(
            "{hero} and {thing}",
            "{hero} Mends {thing}",
            "{hero}, {friend} and {thing}",
        ),
        attempts=(
            ("{hero} tied the pieces together with string", "the string snapped at once"),
            ("{hero} stuck the pieces together with sticky tape", "the tape would not hold"),
            ("{hero} pushed the pieces together very hard", "they fell apart again"),
            ("{hero} looked for the lost piece", "it was not there"),
        ),
        solutions=(
            (
                "Then {hero} and {friend} laid every piece out in a row and looked at each one closely",
                "{hero} saw how they fitted and put them back one by one, until {thing} was whole again",
            ),
            (
                "That helped {hero} think clearly: the pieces needed glue, and {friend} fetched a tube",
                "Each piece went back in its place, and once the glue had dried, {thing} worked again",
            ),
        ),
        simple=("{thing} broke", "the last piece fitted", "{thing} worked again"),
    ),
    "need": Shape(
        goal="a way to help {creature_def}",
        problem="{creature} was crying, because it could not find its way home",
        discovery="{creature_def} sang the song of its home, and from far away its family sang back",
        ending="{creature_def} was safe at home again, and its family said thank you",
        title="{hero} Lends a Hand",
        titles=(
            "{hero} and {creature_def}",
            "{hero} Finds a Way Home for {creature_def}",
            "{hero}, {friend} and {creature_def}",
        ),
        attempts=(
            ("{hero} asked all around for the way home", "nobody knew it"),
            ("{hero} called out loud", "nobody called back"),
            ("{hero} drew a map", "it went round in circles"),
            ("{hero} tried to carry {creature_def}", "it wriggled too much"),
        ),
        solutions=(
            (
                "Then {hero} knelt down and asked {creature_def} what its home sounded like",
                "{creature_def} sang the song of its home, and from far away its family sang back",
            ),
            (
                "{friend} remembered a little voice they had heard calling from far away",
                "{hero} and {friend} took {creature_def} towards the voice, and there was its family, "
                "calling its name",
            ),
        ),
        simple=(
            "{creature} was lost",
            "together, they called, and {creature_def}'s family sang back",
            "{creature_def} was home",
        ),
    ),
    "fear": Shape(
        goal="the courage to look inside {scary}",
        problem="a strange noise was coming from {scary}, and everyone was too scared to look",
        discovery="the strange noise was only {creature}, who was even more scared than they were",
        ending="{scary} did not seem scary at all any more",
        title="{hero} and the Strange Noise",
        titles=(
            "{hero} and the Secret of {scary}",
            "{hero} and the Noise in {scary}",
            "{hero}, {friend} and {scary}",
        ),
        attempts=(
            ("{hero} peeked in from far away", "it was far too dark to see anything"),
            ("{hero} sang a loud song to feel brave", "the echo made it sound even spookier"),
            ("{hero} counted to ten before going in", "{hero} stopped at nine"),
            ("{hero} held up a little lamp", "the shadows only grew bigger"),
        ),
        solutions=(
            (
                "Side by side, {hero} and {friend} tiptoed right up to {scary} and peeked in",
                "the strange noise was only {creature}, who was even more scared than they were",
            ),
            (
                '{hero} called softly, "Hello? We are friendly!", and a tiny voice answered',
                "out of {scary} crept {creature}, and the noise had only been its little sniffles",
            ),
        ),
        simple=(
            "a noise came from {scary}",
            "together, they took a peek: it was only {creature}",
            "nobody was scared",
        ),
    ),
    "wish": Shape(
        goal="a way to make the wish of {creature_def} come true",
        problem="{creature} wished for a party, but nobody had ever thrown one for it",
        discovery="a party does not need much, only friends who care, and they had lots of those",
        ending="{creature_def} had the happiest party anyone could remember",
        title="{hero} and the Big Wish",
        titles=(
            "{hero} and the Wish of {creature_def}",
            "{hero} Plans a Party for {creature_def}",
            "{hero}, {friend} and {creature_def}",
        ),
        attempts=(
            ("{hero} made a paper crown", "it was much too big and slid down"),
            ("{hero} tried to write a party song", "the words would not rhyme"),
            ("{hero} planned a big surprise", "{creature_def} came by just then and found out far too soon"),
            ("{hero} looked for the perfect present", "nothing seemed quite right"),
        ),
        solutions=(
            (
                "Then {hero} had an idea: a party did not need to be perfect, it only needed friends",
                "{hero} and {friend} invited everyone they met, each guest brought one small thing, and the "
                "party began",
            ),
            (
                "That gave {friend} an idea, and {hero} loved it: everybody could make one little thing",
                "one brought a song, one a snack and one a paper garland, and soon the party was ready",
            ),
        ),
        simple=(
            "{creature} wished for a party",
            "together, they asked all their friends to come",
            "the party began",
        ),
    ),
    "mystery": Shape(
        goal="the answer to the puzzle of the missing things",
        problem=(
            "every night, ribbons, socks and other soft things went missing near {thing}, "
            "and nobody could work out who was taking them"
        ),
        discovery=(
            "{hero} put the clues together, the small paw prints, the tuft of soft fur and the fact that "
            "only soft things had gone, and worked out the answer: {creature} had been carrying them off "
            "to make a warm bed"
        ),
        ending="the puzzle was solved, and {creature_def} got a warm bed of its own",
        title="{hero} and the Puzzle of the Missing Things",
        titles=(
            "{hero} Solves the Puzzle",
            "{hero} and the Clues by {thing}",
            "{hero}, {friend} and the Missing Socks",
        ),
        attempts=(
            (
                "{hero} found small paw prints near {thing} and guessed that {suspect} was the thief|"
                "by {thing}, {hero} spotted tiny paw prints and decided {suspect} must be the thief",
                "{suspect} leaves much bigger prints, so that guess was wrong|"
                "the prints were far too small for {suspect}, so that guess was wrong",
            ),
            (
                "{hero} found a tuft of soft fur caught on a nail and kept it as a clue|"
                "on a nail hung a tuft of soft fur, and {hero} tucked it away as a clue",
                "the fur alone could not say whose it was|a tuft of fur could belong to almost anyone",
            ),
            (
                "{hero} noticed that only soft things had gone missing, never hard ones|"
                "{hero} made a list and saw that every missing thing was soft",
                "nobody could say yet why a thief would want only soft things|"
                "the reason for it was still a puzzle",
            ),
            ("{hero} kept watch until late in the evening", "nothing happened while anyone was watching"),
        ),
        simple=(
            "soft things went missing",
            "together, they followed the clues to {creature_def}",
            "the puzzle was solved",
        ),
    ),
    "gifts": Shape(
        goal="the answer to the puzzle of the secret gifts",
        problem=(
            "every morning a little gift lay waiting by {thing}, a shiny pebble, a feather or a button, "
            "and nobody knew who was leaving them"
        ),
        discovery=(
            "{hero} put the clues together, the tiny tracks, the vanished crumbs and the fact that the gifts "
            "always came at first light, and worked out the answer: {creature} had been leaving them to say "
            "thank you for the crumbs it found there every day"
        ),
        ending="the puzzle was solved, and {hero} left a thank-you gift for {creature_def} too",
        title="{hero} and the Secret Gifts",
        titles=(
            "{hero} and the Puzzle of the Gifts",
            "{hero} and the Gifts by {thing}",
            "{hero}, {friend} and the Secret Gifts",
        ),
        attempts=(
            (
                "{hero} guessed that {friend} was leaving the gifts as a joke|"
                "{hero} was quite sure that {friend} was the secret giver",
                "{friend} had been fast asleep every morning, so that guess was wrong|"
                "{friend} was never up that early, so that guess was wrong",
            ),
            (
                "{hero} found a line of tiny tracks beside {thing}|"
                "beside {thing}, {hero} spotted tiny tracks and followed them",
                "the tracks faded before they led anywhere|the tracks stopped where the ground grew hard",
            ),
            (
                "{hero} noticed that the crumbs from the day before had vanished|"
                "{hero} saw that not one crumb of yesterday's snack was left",
                "crumbs cannot tell you who ate them|nobody could say yet who had eaten them",
            ),
            (
                "{hero} got up very early to keep watch|{hero} kept watch at first light, very quietly",
                "the gift was already there, and its giver had gone|"
                "while {hero} yawned, the gift appeared as if by magic",
            ),
        ),
        simple=(
            "little gifts kept appearing",
            "together, they found out the gifts came from {creature_def}",
            "the puzzle was solved",
        ),
    ),
    "noise": Shape(
        goal="the answer to the puzzle of the tapping",
        problem=(
            "every evening a soft tap-tap-tap came from somewhere near {thing}, and nobody could work out "
            "what was making it"
        ),
        discovery=(
            "{hero} put the clues together, the tiny scratches, the cracked seed shells and the way the "
            "tapping stopped whenever someone came close, and worked out the answer: {creature} had made a "
            "snug hiding place near {thing} and was cracking seeds for its supper"
        ),
        ending="the puzzle was solved, and {creature_def} was allowed to keep its snug hiding place",
        title="{hero} and the Tap-Tap Puzzle",
        titles=(
            "{hero} and the Tapping by {thing}",
            "{hero} Listens for Clues",
            "{hero}, {friend} and the Mysterious Tapping",
        ),
        attempts=(
            (
                "{hero} guessed that something loose was rattling|"
                "{hero} decided that a loose board must be knocking",
                "everything was fastened tight, so that guess was wrong|"
                "not one thing was loose, so that guess was wrong",
            ),
            (
                "{hero} found tiny scratches low down beside {thing}|"
                "low down beside {thing}, {hero} spotted a row of tiny scratches",
                "scratches could be made by almost anything|nobody could tell what had made them",
            ),
            (
                "{hero} picked up a few cracked seed shells and kept them as a clue|"
                "{hero} found a little heap of cracked seed shells",
                "all sorts of creatures eat seeds|the shells could not say who had cracked them",
            ),
            (
                "{hero} crept up close to listen|{hero} tiptoed nearer to hear better",
                "the tapping stopped the moment {hero} came near|"
                "as soon as {hero} got close, everything went quiet",
            ),
        ),
        simple=(
            "a tapping came every evening",
            "together, they found out the tapping was {creature_def}",
            "the puzzle was solved",
        ),
    ),
}


# What stands in the way at the customer's place, for the journey pages (see shapes.py).
PLACE_OBSTACLES: dict[str, tuple[str, ...]] = {
    "snowy-village": (
        "a snowdrift as high as a fence blocked the lane",
        "the village steps were slippery with ice",
        "a snowplough rumbled past and sprayed snow everywhere",
        "a sudden flurry of snow hid the houses from view",
    ),
    "beach": (
        "the tide came in and cut the beach in two",
        "a row of slippery rocks stood in the way",
        "the wind blew sand into everyone's eyes",
        "a deep rock pool lay across the path",
    ),
    "castle-hall": (
        "a heavy oak door would not budge",
        "the spiral staircase seemed to go on for ever",
        "a long corridor split into three dark passages",
        "the drawbridge creaked and began to rise",
    ),
    "mountains": (
        "a steep slope was covered in loose stones",
        "thick cloud rolled over the path",
        "a rushing stream cut across the trail",
        "the path narrowed to a ledge along the cliff",
    ),
    "city-street": (
        "a crowd of shoppers filled the pavement",
        "the traffic lights stayed red for a very long time",
        "a street was closed for roadworks",
        "a bus splashed through a big puddle",
    ),
    "garden": (
        "a prickly hedge stood in the way",
        "the sprinkler suddenly turned on",
        "the gate was stuck in the long grass",
        "a bed of nettles grew right across the path",
    ),
    "desert": (
        "a hot wind blew sand across the track",
        "a tall dune rose in front of them",
        "the sun blazed down without a cloud in sight",
        "the track vanished under drifting sand",
    ),
    "jungle": (
        "a curtain of vines hung across the path",
        "a muddy river wound through the trees",
        "a sudden rain drummed on the big leaves",
        "roots as thick as arms tangled the ground",
    ),
    "boat": (
        "a big wave rocked the boat from side to side",
        "the sail flapped and tangled in the wind",
        "a thick sea mist rolled over the deck",
        "the rope ladder swung and swayed",
    ),
}


# How each kind of broken thing is mended (see shapes.REPAIR_KINDS).
REPAIRS: dict[str, Repair] = {
    "rope": Repair(
        problem="one of the ropes of {thing} had snapped, and it hung down all crooked",
        discovery="the last knot pulled tight, and {thing} was strong again",
        ending="{thing} was stronger than ever before",
        attempts=(
            ("{hero} tied the two loose ends together with a bow", "the bow slipped open at the first tug"),
            ("{hero} tied the ends together with a piece of string", "the string was far too thin to hold"),
            ("{hero} propped up the sagging side with a stick", "the stick rolled away"),
            ("{hero} pulled the old rope as tight as it would go", "it was much too short to reach"),
        ),
        solutions=(
            (
                "Then {hero} and {friend} found a long new rope and carried it over together",
                "{hero} tied it on with a strong double knot while {friend} held it, and {thing} hung "
                "straight and strong again",
            ),
            (
                "That helped {hero} think clearly: the old rope was too short, but two ropes knotted "
                "together would reach",
                "{friend} held one end, {hero} tied the knot, and when they both pulled, {thing} held firm",
            ),
        ),
        simple=("{thing} broke", "together, they tied on a new rope", "{thing} was strong again"),
    ),
    "wood": Repair(
        problem="a board of {thing} had split, and the old nails had fallen out",
        discovery="the last nail went in with a tap, and {thing} stood firm again",
        ending="{thing} stood firmer than ever before",
        attempts=(
            (
                "{hero} pushed the loose board back with both hands",
                "it fell off again as soon as {hero} let go",
            ),
            ("{hero} tied the board on with a ribbon", "the ribbon slipped straight off"),
            ("{hero} looked for the old nails on the ground", "every one of them was bent"),
            ("{hero} propped the board up with a stone", "the stone wobbled, and the board slid down"),
        ),
        solutions=(
            (
                "Then {hero} fetched a hammer and a box of new nails, and {friend} held the board steady",
                "Tap, tap, tap went the hammer, and {thing} stood firm again",
            ),
            (
                "That helped {hero} think clearly: the split board had to go, and {friend} found a new one "
                "just the right size",
                "Together they fitted the new board and nailed it in place, and {thing} was as good as new",
            ),
        ),
        simple=("{thing} broke", "together, they nailed on a new board", "{thing} stood firm again"),
    ),
    "machine": Repair(
        problem="{thing} had stopped working, and nobody knew why",
        discovery="the little wheel inside turned again with a whirr, and {thing} started to work",
        ending="{thing} worked better than ever before",
        attempts=(
            ("{hero} shook {thing} gently", "nothing moved"),
            ("{hero} looked for a loose part", "there was none"),
            ("{hero} tapped {thing} and waited", "it stayed still"),
            ("{hero} wiped {thing} clean", "that did not help"),
        ),
        solutions=(
            (
                "Then {hero} and {friend} opened {thing} very carefully and peered inside",
                "A tiny spring had jumped out of place: {hero} put it back with one careful finger, and "
                "{thing} started again",
            ),
            (
                "That helped {hero} think clearly: a little wheel inside was stuck with old, sticky grease, "
                "and {friend} fetched a brush and a drop of oil",
                "Once the wheel was clean, it turned again, and {thing} started to work",
            ),
        ),
        simple=("{thing} stopped", "together, they oiled the little wheel", "{thing} worked again"),
    ),
    "magic": Repair(
        problem="{thing} had gone dark, and its magic light would not come back",
        discovery="a tiny spark flickered inside, and {thing} shone again",
        ending="{thing} shone brighter than ever before",
        attempts=(
            ("{hero} rubbed {thing} with a sleeve", "it stayed dark"),
            ("{hero} tried every magic word they could think of", "not one spark appeared"),
            ("{hero} held {thing} up to the sunshine", "it stayed cold and dim"),
            ("{hero} shook {thing} very gently", "not a single spark came out"),
        ),
        solutions=(
            (
                "Then {hero} and {friend} looked very closely and found a crack where the magic was leaking "
                "out",
                "{hero} wrapped a silver ribbon round the crack, and the light came back, brighter than "
                "before",
            ),
            (
                "That helped {hero} think clearly: {thing} had run out of its glowing oil, and {friend} "
                "fetched the little bottle from the wizard's shelf",
                "One drop, then a flicker, and {thing} shone again",
            ),
        ),
        simple=("{thing} went dark", "together, they wrapped up the crack", "{thing} shone again"),
    ),
    "cloth": Repair(
        problem="{thing} had torn, and the wind went straight through the hole",
        discovery="the last stitch was pulled tight, and {thing} was whole again",
        ending="{thing} flew higher than ever before",
        attempts=(
            ("{hero} held the torn edges together", "they flapped apart in the wind"),
            ("{hero} stuck a sheet of paper over the hole", "the wind blew it away"),
            ("{hero} tried to fly {thing} anyway", "it spun round and tumbled down"),
            ("{hero} tied a knot in the torn cloth", "{thing} hung all crooked"),
        ),
        solutions=(
            (
                "Then {hero} and {friend} found a needle, some thread and a patch of bright cloth",
                "{hero} sewed the patch over the hole, stitch by stitch, and {thing} was whole again",
            ),
            (
                "That helped {hero} think clearly: an old scarf would make a perfect patch, and {friend} "
                "cut a piece off",
                "They sewed it on together, and {thing} caught the wind again",
            ),
        ),
        simple=("{thing} tore", "together, they sewed on a patch", "{thing} flew again"),
    ),
}
