"""How long the built-in voice takes to narrate a 12-page picture book, and how big the audio is."""

from __future__ import annotations

import statistics
import time

from storyloom.pipeline.audio import PageNarration, join_book_audio, narrate_page
from storyloom.providers.speech.builtin import EspeakNarrator
from storyloom.providers.speech.timing import split_words

BOOK = [
    "Once upon a time, at the edge of a whispering wood, there lived a small red fox named Pip. Pip had a"
    " bushy tail, bright green eyes, and a nose that could smell blueberry pie from three hills away. She"
    " loved to hum little songs as she trotted along.",
    "Every morning Pip ran down to the river to say hello to her best friend, a slow old turtle called "
    "Moss. Moss always smiled and said, “Good morning, little one. What shall we find today?” Pip always "
    "had a brand new idea, and Moss always listened.",
    "One windy day, a shiny silver feather floated down from the sky and landed right on Pip's nose. She "
    "sneezed so hard that she tumbled into a pile of crunchy golden leaves. Moss laughed and laughed "
    "until his round green shell shook.",
    "“Where did this feather come from?” wondered Pip, turning it in her paws. Moss looked up at the tall"
    " blue mountain. “Perhaps from the cloud bird who lives at the very top,” he said softly. “Shall we "
    "go and give it back?” Pip nodded.",
    "So the two friends set off together. Pip skipped ahead, and Moss followed slowly, step by careful "
    "step. They crossed a wide meadow full of buttercups and buzzing bees, and a shy brown rabbit waved "
    "at them from behind a tall daisy.",
    "Soon they reached a wobbly wooden bridge over a rushing stream. Pip felt her paws tremble. “I am "
    "scared,” she whispered. Moss nodded kindly and said, “That is all right. Being brave does not mean "
    "not being scared. It means trying anyway.”",
    "Pip took a deep breath and walked across the bridge, one paw after another. When she reached the "
    "other side, she jumped up and down and cheered so loudly that the birds cheered too. Moss crossed "
    "after her, smiling all the way.",
    "As the sun began to set, the path grew steep and rocky. Moss was very tired, so Pip gathered soft "
    "moss and ferns and made a cosy bed for her friend beneath a big pine tree. Then the stars came out, "
    "one by one.",
    "In the morning they climbed the last rocky steps. At the very top sat a huge fluffy bird made of "
    "clouds, with feathers that sparkled like stars in the winter sky. Pip stepped forward and held out "
    "the silver feather with both paws.",
    "“You found my lost feather!” sang the cloud bird happily, fluffing up her great white "
    "wings. “Thank you, kind "
    "travellers. You were brave and you were helpful. For your courage, I will carry you home on my soft "
    "and gentle back.”",
    "Pip and Moss climbed onto the cloud bird and flew over the mountain, the meadow, the stream, and the"
    " whispering wood. Pip laughed as the cool wind tickled her ears and whiskers, and Moss closed his "
    "eyes and grinned from ear to ear.",
    "That night, tucked into her warm den, Pip smiled sleepily. She had been scared, but she had been "
    "brave anyway. And with a good friend beside her, every adventure felt possible. Goodnight, Pip. "
    "Goodnight, Moss. Goodnight, cloud bird. The end.",
]
ROUNDS = 5


def _narrate_book(voice: EspeakNarrator) -> tuple[list[PageNarration], float, float]:
    started, cpu_started = time.perf_counter(), time.process_time()
    pages = [narrate_page([voice], text, language="en") for text in BOOK]
    return pages, time.perf_counter() - started, time.process_time() - cpu_started


def run() -> None:
    """Print the median time to narrate and join a 12-page book with the built-in voice."""
    voice = EspeakNarrator()
    narrate_page([voice], "Warm up.", language="en")
    narrate_times, cpu_times, join_times = [], [], []
    pages: list[PageNarration] = []
    book = b""
    for _ in range(ROUNDS):
        pages, elapsed, cpu = _narrate_book(voice)
        narrate_times.append(elapsed)
        cpu_times.append(cpu)
        started = time.perf_counter()
        book = join_book_audio([(f"Page {n + 1}", page.mp3) for n, page in enumerate(pages)])
        join_times.append(time.perf_counter() - started)
    per_page = [len(split_words(text)) for text in BOOK]
    words = sum(per_page)
    audio_seconds = sum(page.duration_ms for page in pages) / 1000
    page_bytes = sum(len(page.mp3) for page in pages)
    narrate_median = statistics.median(narrate_times)
    rows = [
        ("pages", f"{len(BOOK)}"),
        ("words", f"{words} ({min(per_page)}-{max(per_page)} a page)"),
        ("rounds", f"{ROUNDS}"),
        ("median time to narrate the 12 pages", f"{narrate_median:.3f} s"),
        ("median CPU time to narrate them", f"{statistics.median(cpu_times):.3f} s"),
        ("median time per page", f"{narrate_median / len(BOOK) * 1000:.1f} ms"),
        ("median time to join the book MP3", f"{statistics.median(join_times):.3f} s"),
        ("narrated audio", f"{audio_seconds:.1f} s ({audio_seconds / narrate_median:.0f}x real time)"),
        ("page MP3s, total", f"{page_bytes / 1024:.0f} KiB"),
        ("book MP3 with chapters", f"{len(book) / 1024:.0f} KiB"),
        ("bitrate", "64 kbit/s mono, 22.05 kHz"),
    ]
    width = max(len(name) for name, _ in rows)
    print(f"| {'measure'.ljust(width)} | value |")
    print(f"| {'-' * width} | ----- |")
    for name, value in rows:
        print(f"| {name.ljust(width)} | {value} |")
