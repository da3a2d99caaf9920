// Input conversions made by scikit-learn's validation (sklearn.utils.check_array).

#include "engine/classical/conversions.h"

namespace headroom::classical {

int acceptedSize(const Job &job, Accepts a)
{
    switch (a) {
    case Accepts::Float64:
        return 8;
    case Accepts::Float32:
        return 4;
    case Accepts::Float32Or64:
        return job.isF32() ? 4 : 8;
    }
    return 8;
}

namespace {

bool accepted(const Job &job, Accepts a)
{
    switch (a) {
    case Accepts::Float64:
        return job.isF64();
    case Accepts::Float32:
        return job.isF32();
    case Accepts::Float32Or64:
        return job.isF32() || job.isF64();
    }
    return false;
}

} // namespace

Part dtypeConversion(const Job &job, Accepts a, const std::string &who)
{
    if (accepted(job, a))
        return {};
    const int elem = acceptedSize(job, a);
    const std::string from(toString(job.s.dataset.dtype));
    const std::string to = elem == 8 ? "float64" : "float32";
    // scipy's astype on a sparse matrix goes through _with_data(copy=True): the indices and
    // row pointers are copied along with the converted values.
    if (job.csr)
        return Part{"preprocessing_copies", job.compressed(elem, job.indexSize, job.n),
                    who + " converts the CSR matrix " + from + " → " + to + " (scipy astype copies the indices too): " + formatCount(job.nnz)
                        + " × (" + std::to_string(elem) + " + " + std::to_string(job.indexSize) + ") B + row pointers"};
    return Part{"preprocessing_copies", job.dense(elem),
                who + " converts X " + from + " → " + to + ": " + job.shape(elem) + " (" + std::to_string(elem) + " B)"};
}

Part fullCopy(const Job &job, Accepts a, const std::string &why)
{
    const int elem = acceptedSize(job, a);
    if (job.csr)
        return Part{"preprocessing_copies", job.compressed(elem, job.indexSize, job.n),
                    why + ": CSR copy " + formatCount(job.nnz) + " × (" + std::to_string(elem) + " + " + std::to_string(job.indexSize)
                        + ") B + row pointers"};
    return Part{"preprocessing_copies", job.dense(elem), why + ": " + job.shape(elem) + " (" + std::to_string(elem) + " B)"};
}

} // namespace headroom::classical
