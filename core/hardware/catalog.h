#pragma once
/// @file catalog.h
/// The hardware catalogue: GPUs, workstations and cloud instances that scenarios can
/// name by id (`{"catalog": "aws-p4d.24xlarge"}`).

#include "estimate/estimate.h"
#include "scenario/scenario.h"
#include "util/result.h"

#include <string>
#include <string_view>
#include <vector>

namespace headroom {

/// A memory size as its source states it: "80 GB" (decimal) or "1,152 GiB" (binary).
struct StatedSize {
    double value = 0.0;
    std::string unit = "GiB"; ///< "GB" or "GiB"
    [[nodiscard]] Bytes bytes() const;
    bool operator==(const StatedSize &) const = default;
};

struct CatalogEntry {
    std::string id;
    std::string name;
    std::string kind;            ///< "gpu", "workstation" or "cloud"
    StatedSize hostRam;          ///< 0 for a bare GPU
    std::string gpuModel;
    StatedSize gpuMemory;        ///< per device, as marketed ("24 GB")
    /// What CUDA reports as the device's memory (cudaDeviceProp::totalGlobalMem, torch's
    /// total_memory): what a job can use, driver-reserved memory excluded (0: not known).
    Bytes gpuUsableBytes = 0;
    /// The total nvidia-smi shows (MiB), driver-reserved memory included (0: not known).
    std::int64_t gpuSmiTotalMib = 0;
    std::int64_t gpuCount = 0;
    std::optional<double> price;
    std::string currency = "USD";
    std::string source;
    std::string lastChecked;     ///< ISO date
    /// Per-device memory for the fit test: the usable total where known, else the stated size.
    [[nodiscard]] Bytes gpuUsable() const { return gpuUsableBytes > 0 ? gpuUsableBytes : gpuMemory.bytes(); }
    bool unifiedMemory = false;  ///< Apple silicon: the GPU computes in host RAM
    bool operator==(const CatalogEntry &) const = default;
};

struct Catalog {
    std::vector<CatalogEntry> entries;
    [[nodiscard]] const CatalogEntry *find(std::string_view id) const;
};

/// The catalogue built into the program (resources/catalog/hardware.json).
const Catalog &builtinCatalog();

/// Parses a catalogue file; a refusal names the JSON path ("entries[3].gpu.memory.unit: ...").
/// Unknown keys, wrong types, unknown kinds and duplicate ids are refused.
Result<Catalog> readCatalog(std::string_view jsonText);

/// The catalogue as a JSON document in the format readCatalog reads (`headroom_catalog: 1`).
nlohmann::ordered_json catalogToJson(const Catalog &catalog);

/// The catalogue as indented JSON text ending in a newline.
std::string writeCatalog(const Catalog &catalog);

/// The entries of `base`, with those of `overlay` replacing entries of the same id and
/// the rest of `overlay` appended (the user's catalogue over the built-in one).
Catalog mergeCatalogs(const Catalog &base, const Catalog &overlay);

/// A candidate that copies the entry into a scenario (editable, and readable without the
/// catalogue). A bare GPU gets `gpuCount` devices and `hostRamGib` of host RAM.
HardwareCandidate toCandidate(const CatalogEntry &entry, std::int64_t gpuCount = 0, double hostRamGib = 0.0);

/// What adding a catalogue entry to a scenario puts in it.
struct CatalogPick {
    HardwareCandidate candidate;
    /// The entry is a bare GPU (no host RAM): the candidate's host RAM was sized from the
    /// recommendation, and the user should be told so.
    bool hostRamSized = false;
};

/// The one rule for adding catalogue entry `entry` to `scenario`'s candidates. A machine
/// of the built-in catalogue with its host RAM is named by reference when `byReference`
/// (the built-in catalogue travels with every copy of the program); anything else is
/// copied, so that the scenario reads without the user's catalogue. A bare GPU becomes a
/// machine with the job's GPUs per node and `recommendedHostRam` of host RAM (the next
/// size on sale for the job; 64 GiB when the job has no estimate yet).
CatalogPick catalogPick(const CatalogEntry &entry, bool byReference, const Scenario &scenario, Bytes recommendedHostRam);

/// A catalogue entry as a candidate machine.
Machine toMachine(const CatalogEntry &entry);

/// The part of a unified-memory machine's RAM that its GPU may use by default (Metal's
/// recommendedMaxWorkingSetSize): about two-thirds of RAM up to 36 GiB, three-quarters
/// above, 84 % from 128 GiB (measured, see catalog.cpp). A user-set wired limit
/// (`gpu_wired_limit_gib`, macOS iogpu.wired_limit_mb) replaces it.
Bytes unifiedGpuLimit(Bytes hostRam);

/// `m` made a unified-memory machine: one GPU whose memory is the limit above (or
/// `wiredLimit` when > 0) out of its host RAM.
void makeUnified(Machine &m, Bytes wiredLimit);

/// The scenario's candidates resolved to bytes; an unknown catalogue id is refused with
/// its path ("hardware[2].catalog: unknown catalogue entry ...").
Result<std::vector<Machine>> resolveCandidates(const Scenario &scenario, const Catalog &catalog);

} // namespace headroom
