// Runs a fuzz target without libFuzzer: every file of the given folders once, then random mutations of them (bytes
// flipped, inserted, cut, repeated, dictionary words, two inputs spliced) until --seconds have passed. A smoke that
// CTest runs in every preset (under ASan/UBSan in the asan one), not coverage-guided fuzzing: scripts/fuzz.sh runs
// the same targets under libFuzzer for that.
//
// Usage: fuzz_<family> [--seconds N] [--seed N] [--dict FILE] FOLDER...
#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace {

using Bytes = std::vector<uint8_t>;

Bytes readFile(const std::filesystem::path &path)
{
    std::ifstream in(path, std::ios::binary);
    return Bytes(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// Dictionary lines in libFuzzer's format: name="value" (only the quoted value is used, without escapes).
std::vector<Bytes> readDictionary(const std::filesystem::path &path)
{
    std::vector<Bytes> words;
    std::ifstream in(path);
    for (std::string line; std::getline(in, line);) {
        const auto first = line.find('"');
        const auto last = line.rfind('"');
        if (line.empty() || line[0] == '#' || first == std::string::npos || last <= first)
            continue;
        const std::string word = line.substr(first + 1, last - first - 1);
        words.emplace_back(word.begin(), word.end());
    }
    return words;
}

class Mutator
{
public:
    Mutator(unsigned seed, const std::vector<Bytes> &corpus, const std::vector<Bytes> &words)
        : m_random(seed)
        , m_corpus(corpus)
        , m_words(words)
    { }

    Bytes next()
    {
        Bytes input = m_corpus.empty() ? Bytes {} : m_corpus[pick(m_corpus.size())];
        const size_t rounds = 1 + pick(4);
        for (size_t r = 0; r < rounds; ++r)
            mutate(input);
        if (input.size() > MaxSize)
            input.resize(MaxSize);
        return input;
    }

private:
    static constexpr size_t MaxSize = 256 * 1024;

    size_t pick(size_t n) { return n == 0 ? 0 : std::uniform_int_distribution<size_t>(0, n - 1)(m_random); }

    void mutate(Bytes &input)
    {
        const size_t at = pick(input.size() + 1);
        switch (pick(7)) {
        case 0: // flip a byte
            if (!input.empty())
                input[pick(input.size())] ^= static_cast<uint8_t>(1u << pick(8));
            break;
        case 1: // insert a random byte
            input.insert(input.begin() + static_cast<std::ptrdiff_t>(at), static_cast<uint8_t>(pick(256)));
            break;
        case 2: { // cut a range
            const size_t length = std::min(pick(64) + 1, input.size() - std::min(at, input.size()));
            input.erase(input.begin() + static_cast<std::ptrdiff_t>(at),
                input.begin() + static_cast<std::ptrdiff_t>(at + length));
            break;
        }
        case 3: { // repeat a range many times (lists that multiply)
            if (input.empty())
                break;
            const size_t from = pick(input.size());
            const size_t length = std::min(pick(32) + 1, input.size() - from);
            const Bytes piece(input.begin() + static_cast<std::ptrdiff_t>(from),
                input.begin() + static_cast<std::ptrdiff_t>(from + length));
            for (size_t k = pick(64); k > 0 && input.size() < MaxSize; --k)
                input.insert(input.begin() + static_cast<std::ptrdiff_t>(from), piece.begin(), piece.end());
            break;
        }
        case 4: // a dictionary word
            if (!m_words.empty()) {
                const Bytes &word = m_words[pick(m_words.size())];
                input.insert(input.begin() + static_cast<std::ptrdiff_t>(at), word.begin(), word.end());
            }
            break;
        case 5: // splice with another input
            if (!m_corpus.empty()) {
                const Bytes &other = m_corpus[pick(m_corpus.size())];
                const size_t from = pick(other.size() + 1);
                input.resize(at);
                input.insert(input.end(), other.begin() + static_cast<std::ptrdiff_t>(from), other.end());
            }
            break;
        default: // cut short, as a dropped connection does
            input.resize(at);
            break;
        }
    }

    std::mt19937 m_random;
    const std::vector<Bytes> &m_corpus;
    const std::vector<Bytes> &m_words;
};

} // namespace

int main(int argc, char **argv)
{
    double seconds = 3;
    unsigned seed = 1;
    std::vector<Bytes> words;
    std::vector<Bytes> corpus;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--seconds" && i + 1 < argc) {
            seconds = std::atof(argv[++i]);
        } else if (arg == "--seed" && i + 1 < argc) {
            seed = static_cast<unsigned>(std::strtoul(argv[++i], nullptr, 10));
        } else if (arg == "--dict" && i + 1 < argc) {
            words = readDictionary(argv[++i]);
        } else {
            std::error_code error;
            for (const auto &entry : std::filesystem::directory_iterator(arg, error)) {
                if (entry.is_regular_file())
                    corpus.push_back(readFile(entry.path()));
            }
            if (error) {
                std::fprintf(stderr, "cannot read %s: %s\n", arg.c_str(), error.message().c_str());
                return 2;
            }
        }
    }
    for (const Bytes &input : corpus)
        LLVMFuzzerTestOneInput(input.data(), input.size());

    Mutator mutator(seed, corpus, words);
    const auto end = std::chrono::steady_clock::now() + std::chrono::duration<double>(seconds);
    long runs = 0;
    while (std::chrono::steady_clock::now() < end) {
        const Bytes input = mutator.next();
        LLVMFuzzerTestOneInput(input.data(), input.size());
        ++runs;
    }
    std::printf("%zu corpus inputs, then %ld mutated inputs in %.0f s (seed %u): no crash\n", corpus.size(), runs,
        seconds, seed);
    return 0;
}
