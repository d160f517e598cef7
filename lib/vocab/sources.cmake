# The controlled vocabularies (modalities, regions, equipment, ...).
brf_module(vocab SOURCES vocab.c HEADERS vocab.h)
