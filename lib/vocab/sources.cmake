# The controlled vocabularies (modalities, regions, equipment, ...).
brf_module(vocab SOURCES vocab.c vocab_msgs.c HEADERS vocab.h)
