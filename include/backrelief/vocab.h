/**
 * @file vocab.h
 * @brief Pinned vocabulary constants shared by the modules (modalities, ...).
 *
 * Each constant is an `int32_t` value that never changes; each has a stable
 * lowercase JSON id (given in brackets). New values are only added at the end.
 */
#ifndef BACKRELIEF_VOCAB_H
#define BACKRELIEF_VOCAB_H

#include "backrelief/core.h"

#ifdef __cplusplus
extern "C" {
#endif

/**
 * @defgroup modality Modalities
 * @brief What kind of exercise or application an exercise is.
 * @{
 */
#define BRF_MODALITY_SELF_MASSAGE 0    /**< Self-massage with a ball or roller [`self-massage`]. */
#define BRF_MODALITY_STATIC_STRETCH 1  /**< Static stretch, held [`static-stretch`]. */
#define BRF_MODALITY_DYNAMIC_STRETCH 2 /**< Dynamic stretch, moved in and out [`dynamic-stretch`]. */
#define BRF_MODALITY_MOBILITY 3        /**< Mobility drill [`mobility`]. */
#define BRF_MODALITY_STRENGTH 4        /**< Strengthening or activation [`strength`]. */
#define BRF_MODALITY_HEAT 5            /**< Heat: sauna, bath, heat pack [`heat`]. */
#define BRF_MODALITY_COLD 6            /**< Cold pack [`cold`]. */
#define BRF_MODALITY_COUNT 7           /**< Number of modalities this version knows. */
/** @} */

#ifdef __cplusplus
}
#endif

#endif /* BACKRELIEF_VOCAB_H */
