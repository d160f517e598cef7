// Optional Swift example: version check, a catalog query and a dose, with
// explicit frees (Swift does not manage C handles; `defer` frees them).
import CBackRelief

// Refuse a library with another ABI major, as every binding does.
guard brf_abi_version() == 1 else {
    fatalError("libbackrelief ABI \(brf_abi_version()) is not supported (expected 1)")
}
print("libbackrelief \(String(cString: brf_version_string()))")

var ctx: OpaquePointer? = nil
guard brf_context_new(&ctx) == BRF_OK else { fatalError("no memory") }
defer { brf_context_free(ctx) }

/// Throwing wrapper: the context's message is the error text.
struct BackReliefError: Error, CustomStringConvertible {
    let status: Int32
    let message: String
    var description: String { "\(String(cString: brf_status_name(status))): \(message)" }
}
func check(_ status: Int32) throws {
    if status < 0 {
        throw BackReliefError(status: status, message: String(cString: brf_context_errmsg(ctx)))
    }
}

do {
    var cat: OpaquePointer? = nil
    try check(brf_catalog_new_builtin(ctx, &cat))
    defer { brf_catalog_free(cat) }

    var query: OpaquePointer? = nil
    try check(brf_query_new(ctx, cat, &query))
    defer { brf_query_free(query) }
    try check(brf_query_set_region(query, BRF_REGION_LOWER_BACK, BRF_REGIONS_PRIMARY))
    try check(brf_query_set_max_level(query, BRF_LEVEL_BEGINNER))
    var ex: OpaquePointer? = nil
    while true {
        let status = brf_query_next(query, &ex)
        try check(status)
        if status != BRF_OK { break }  // BRF_DONE: no more results
        // Borrowed strings: copy them (String(cString:)) before the catalog changes.
        print("- \(String(cString: brf_exercise_name(ex))): \(String(cString: brf_exercise_default_dose(ex)))")
    }

    let text = "hold 10-30s, 2-4 reps"
    var dose: OpaquePointer? = nil
    try check(brf_dosage_parse(ctx, text, text.utf8.count, &dose))
    defer { brf_dosage_free(dose) }
    // Owned string: copy it, then give it back with brf_free.
    var owned: UnsafeMutablePointer<CChar>? = nil
    try check(brf_dosage_to_string(ctx, dose, &owned, nil))
    print("dose: \(String(cString: owned!))")
    brf_free(ctx, owned)
} catch {
    print("error: \(error)")
}
