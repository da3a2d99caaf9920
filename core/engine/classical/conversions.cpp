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

Part dtypeConversion(const Job &job, Accepts a, const Message &who)
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
                    {msg::derivConvertsCsr, {A::ofMessage(who), A::ofText(from), A::ofText(to), A::ofCount(job.nnz),
                                             A::ofInteger(elem), A::ofInteger(job.indexSize)}}};
    return Part{"preprocessing_copies", job.dense(elem),
                {msg::derivConvertsX, {A::ofMessage(who), A::ofText(from), A::ofText(to), A::ofMessage(job.shape(elem)),
                                       A::ofInteger(elem)}}};
}

Part fullCopy(const Job &job, Accepts a, const Message &why)
{
    const int elem = acceptedSize(job, a);
    if (job.csr)
        return Part{"preprocessing_copies", job.compressed(elem, job.indexSize, job.n),
                    {msg::derivCsrCopy, {A::ofMessage(why), A::ofCount(job.nnz), A::ofInteger(elem), A::ofInteger(job.indexSize)}}};
    return Part{"preprocessing_copies", job.dense(elem),
                {nullptr, {A::ofMessage(why), A::ofText(": "), A::ofMessage(job.shape(elem)), A::ofText(" ("), A::ofInteger(elem),
                           A::ofText(" B)")}}};
}

} // namespace headroom::classical
