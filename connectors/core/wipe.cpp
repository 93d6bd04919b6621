#include "wipe.h"

#include <cstddef>

namespace crossma {

namespace {

// Through a volatile pointer so the compiler cannot drop the stores as dead.
void zero(void *data, std::size_t size)
{
    volatile unsigned char *bytes = static_cast<volatile unsigned char *>(data);
    for (std::size_t i = 0; i < size; ++i)
        bytes[i] = 0;
}

}  // namespace

void wipe(QByteArray &bytes)
{
    if (bytes.isDetached() && bytes.capacity() > 0)
        zero(bytes.data(), std::size_t(bytes.capacity()));
    bytes.clear();
}

void wipe(QString &text)
{
    if (text.isDetached() && text.capacity() > 0)
        zero(text.data(), std::size_t(text.capacity()) * sizeof(QChar));
    text.clear();
}

}  // namespace crossma
