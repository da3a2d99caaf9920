#pragma once
// The input conversions scikit-learn's check_array makes: to an accepted dtype, to Fortran
// order, to another sparse format. Each returns the bytes of the copy (0 when the stored
// array is accepted as it is) and a derivation.

#include "engine/classical/classical_internal.h"

namespace headroom::classical {

/// Which value types an estimator's validation accepts without copying.
enum class Accepts {
    Float64,        ///< dtype=np.float64 (SGD, LinearSVC, SVC, neighbour trees, LogisticRegression lbfgs)
    Float32Or64,    ///< dtype=[np.float64, np.float32]: float32 kept, anything else becomes float64
    Float32,        ///< dtype=np.float32 (sklearn trees' DTYPE)
};

/// Bytes of one value after validation.
int acceptedSize(const Job &job, Accepts a);

/// The copy validation makes to reach an accepted dtype (dense: the whole array; CSR: the
/// values in the new dtype with copies of the indices and row pointers). Zero when none
/// is made.
Part dtypeConversion(const Job &job, Accepts a, const Message &who);

/// A full copy of the input in the accepted dtype, made whatever the stored dtype (copy_X,
/// Fortran order, centring): the dense array, or CSR values + indices + row pointers.
Part fullCopy(const Job &job, Accepts a, const Message &why);

} // namespace headroom::classical
