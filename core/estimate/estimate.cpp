#include "estimate/estimate.h"

namespace headroom {

const Component *Breakdown::find(const std::string &name) const
{
    for (const auto &c : components)
        if (c.name == name)
            return &c;
    return nullptr;
}

DevicePool devicePoolOf(const std::string &componentName)
{
    if (componentName == "framework_runtime")
        return DevicePool::OutsideAllocator;
    if (componentName == "fragmentation")
        return DevicePool::AllocatorCache;
    return DevicePool::Tensors;
}

Bytes Breakdown::allocatedPeak() const
{
    Bytes total = 0;
    for (const auto &c : components)
        if (devicePoolOf(c.name) == DevicePool::Tensors)
            total = satAdd(total, c.bytes);
    return total;
}

Bytes Breakdown::reservedPeak() const
{
    Bytes total = 0;
    for (const auto &c : components)
        if (devicePoolOf(c.name) != DevicePool::OutsideAllocator)
            total = satAdd(total, c.bytes);
    return total;
}

Bytes Breakdown::bytesOf(const std::string &name) const
{
    const Component *c = find(name);
    return c ? c->bytes : 0;
}

void addComponent(Breakdown &b, std::string name, Bytes bytes, std::string derivation, bool keepZero)
{
    if (bytes <= 0 && !keepZero)
        return;
    for (auto &c : b.components) {
        if (c.name == name) {
            c.bytes = satAdd(c.bytes, bytes);
            c.derivation += "; " + derivation;
            b.peak = satAdd(b.peak, bytes);
            return;
        }
    }
    b.components.push_back(Component{std::move(name), bytes, std::move(derivation)});
    b.peak = satAdd(b.peak, bytes);
}

} // namespace headroom
