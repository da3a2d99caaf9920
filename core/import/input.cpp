#include "import/input.h"

#include "scenario/messages.h"

#include <algorithm>
#include <cstring>

namespace headroom::importer {

void refuse(const std::string &file, ErrorCode code, const char *tmpl, std::vector<std::string> args)
{
    throw Refusal{Error::fromTemplate(file, code, tmpl, std::move(args))};
}

Input::Input(std::string_view bytes, std::string name) : m_memory(bytes), m_size(bytes.size()), m_name(std::move(name)) {}

Input::Input(std::FILE *file, std::uint64_t size, std::string name) : m_file(file), m_size(size), m_name(std::move(name)) {}

std::size_t Input::fetch(unsigned char *dst, std::size_t n)
{
    if (m_file) {
        std::size_t got = 0;
        while (got < n) {
            if (m_bufferPos == m_buffer.size()) {
                m_buffer.resize(65536);
                m_buffer.resize(std::fread(m_buffer.data(), 1, m_buffer.size(), m_file));
                m_bufferPos = 0;
                if (m_buffer.empty())
                    break;
            }
            const std::size_t take = std::min(n - got, m_buffer.size() - m_bufferPos);
            std::memcpy(dst + got, m_buffer.data() + m_bufferPos, take);
            m_bufferPos += take;
            got += take;
        }
        return got;
    }
    const std::size_t take = std::min<std::size_t>(n, m_memory.size() - static_cast<std::size_t>(m_pos));
    std::memcpy(dst, m_memory.data() + m_pos, take);
    return take;
}

void Input::read(void *dst, std::size_t n, const char *what)
{
    if (n > remaining())
        refuse(m_name, ErrorCode::Io, msg::importEndsEarly,
               {what, std::to_string(m_pos), std::to_string(m_size)});
    auto *p = static_cast<unsigned char *>(dst);
    const std::size_t got = fetch(p, n);
    if (got != n) // the file shrank, or could not be read, after its size was taken
        refuse(m_name, ErrorCode::Io, msg::importEndsEarly, {what, std::to_string(m_pos + got), std::to_string(m_size)});
    m_hash.update(p, n);
    m_pos += n;
}

std::string Input::readString(std::uint64_t n, const char *what)
{
    if (n > remaining())
        refuse(m_name, ErrorCode::Io, msg::importEndsEarly, {what, std::to_string(m_pos), std::to_string(m_size)});
    std::string s(static_cast<std::size_t>(n), '\0');
    read(s.data(), s.size(), what);
    return s;
}

void Input::skip(std::uint64_t n, const char *what)
{
    if (n > remaining())
        refuse(m_name, ErrorCode::Io, msg::importEndsEarly, {what, std::to_string(m_pos), std::to_string(m_size)});
    unsigned char buf[16384];
    while (n > 0) {
        const std::size_t step = static_cast<std::size_t>(std::min<std::uint64_t>(n, sizeof buf));
        read(buf, step, what);
        n -= step;
    }
}

} // namespace headroom::importer
