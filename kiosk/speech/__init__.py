"""Speech for visitors who cannot see the screen: voices, the speech cache, narration, playback.

Pure Python (no Qt), like kiosk.content and kiosk.images; the Qt side is kiosk/ui/audio_out.py
(the QAudioSink output) and kiosk/ui/speech.py (the service the views call).

- ``voices``: which espeak-ng voice speaks each language, and where there is none;
- ``engine``: espeak-ng, or a configured program per language, run as separate processes;
- ``texts``: the exhibit's texts as (language, text) items; ``speech_text`` normalises them;
- ``cache``: WAV files keyed by engine, voice, settings and text, made by a bounded pool;
- ``narration``, ``decode``: the curator's own recordings and their checks;
- ``prepare``: what staging calls; ``SpeechLibrary``: what the player asks;
- ``player``: the Speaker (speak, stop, pause, repeat, volume); ``recorder``: a test output;
- ``devices``: headphones and loudspeakers on Linux; ``checks``: validate's alt-text warnings.
"""
