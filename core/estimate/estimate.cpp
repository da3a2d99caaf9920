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

namespace {

/// Adds to `b`; `message` is set when the derivation has a template.
void add(Breakdown &b, std::string name, Bytes bytes, std::string english, const Message *message, bool keepZero)
{
    if (bytes <= 0 && !keepZero)
        return;
    b.peak = satAdd(b.peak, bytes);
    for (auto &c : b.components) {
        if (c.name != name)
            continue;
        c.bytes = satAdd(c.bytes, bytes);
        if (message || !c.derivationParts.empty()) {
            if (c.derivationParts.empty())
                c.derivationParts.push_back(Message::plain(c.derivation));
            c.derivationParts.push_back(message ? *message : Message::plain(english));
        }
        c.derivation += "; " + english;
        return;
    }
    Component c{std::move(name), bytes, std::move(english)};
    if (message)
        c.derivationParts.push_back(*message);
    b.components.push_back(std::move(c));
}

} // namespace

void addComponent(Breakdown &b, std::string name, Bytes bytes, std::string derivation, bool keepZero)
{
    add(b, std::move(name), bytes, std::move(derivation), nullptr, keepZero);
}

void addComponent(Breakdown &b, std::string name, Bytes bytes, Message derivation, bool keepZero)
{
    std::string english = derivation.english();
    add(b, std::move(name), bytes, std::move(english), &derivation, keepZero);
}

} // namespace headroom
