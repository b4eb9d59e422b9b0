#pragma once

#include <QByteArray>

#include <cstddef>
#include <cstdint>

// What every fuzz target reads: the fuzzer's bytes as a body, without a copy.
inline QByteArray fuzzBody(const uint8_t *data, size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}
