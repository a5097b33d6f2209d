// Fuzzes the blob reader behind the atlas cache and the baked body: the input is a payload,
// framed here with a correct header and checksum so that mutations reach the part, mesh and
// landmark reads instead of stopping at the checksum.
#include <cstddef>
#include <cstdint>
#include <string>

#include "io/blob_writer.h"
#include "io/scene_blob.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    tpa::io::BlobWriter framed(tpa::io::BlobFormat{"TPASCNE1", tpa::io::kSceneBlobVersion, "", ""}, 0);
    framed.raw(data, size);
    const std::vector<char> bytes = framed.finish();
    std::string problem;
    if (const auto scene = tpa::io::decodeScene(bytes, problem)) {
        // What was accepted must encode back to the same bytes (nothing read was dropped).
        if (tpa::io::encodeScene(*scene) != bytes) __builtin_trap();
    } else if (problem.empty()) {
        __builtin_trap();  // a refusal always says why
    }
    return 0;
}
