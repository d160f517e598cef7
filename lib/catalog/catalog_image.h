/* The catalog image (docs/formats.md, "Catalog image"): the layout its
 * writer (catalog_image_write.c) and its reader (catalog_image_read.c)
 * share. Every number is a 32-bit little-endian word, whatever the machine,
 * read and written byte by byte (no alignment asked of the caller's bytes):
 *
 *   header   8 bytes "BRFCATIM", then the words version (1), exercise
 *            count, word count, pool size and 0 (reserved): 28 bytes;
 *   records  one of IMG_RECORD_WORDS words per exercise (below);
 *   words    the lists' elements, IMG_*_WORDS words each;
 *   pool     the texts, each ended by a NUL; it starts with a NUL, so
 *            reference 0 is "", and is valid UTF-8 as a whole.
 *
 * A text is a byte offset into the pool (it runs to the next NUL); a list
 * is two words, the index of its first element in `words` and its count;
 * a vocabulary value is its BRF_* constant (position: IMG_NONE when unset;
 * a link's exercise: IMG_NONE for a named variation). Nothing derived is
 * stored: the reader parses each dose again for the session time, so an
 * image says nothing a catalog document could not say. */
#ifndef BRF_CATALOG_IMAGE_H
#define BRF_CATALOG_IMAGE_H

#define IMG_MAGIC "BRFCATIM"
#define IMG_VERSION 1u
#define IMG_HEADER_BYTES 28u
#define IMG_NONE 0xFFFFFFFFu

/* The words of a record: five texts, four vocabulary values, then the
 * lists (first, count) in the order below. */
enum {
  IMG_ID, IMG_NAME, IMG_SUMMARY, IMG_DEFAULT_DOSE, IMG_DOSE_NOTE,
  IMG_MODALITY, IMG_LEVEL, IMG_LATERALITY, IMG_POSITION,
  IMG_LISTS /* the first list's first word */
};
enum {
  IMG_L_ALIASES, IMG_L_PRIMARY, IMG_L_SECONDARY, IMG_L_EQUIPMENT, IMG_L_INSTRUCTIONS,
  IMG_L_CUES, IMG_L_CAUTIONS, IMG_L_MEDIA, IMG_L_CONTRA, IMG_L_ALT, IMG_L_PROGRESSIONS,
  IMG_L_REGRESSIONS, IMG_L_SOURCES, IMG_L_COUNT
};
#define IMG_RECORD_WORDS (IMG_LISTS + 2 * IMG_L_COUNT)

/* Words per element of each list: a text or a value (1); a contraindication
 * (condition, action, note); an alternative dose (dose, source kind, source
 * ref, source note, note); a link (exercise or IMG_NONE, text); a source
 * (kind, ref, note). */
#define IMG_CONTRA_WORDS 3u
#define IMG_ALT_WORDS 5u
#define IMG_LINK_WORDS 2u
#define IMG_SOURCE_WORDS 3u

#endif /* BRF_CATALOG_IMAGE_H */
