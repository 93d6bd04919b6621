// Runs the Yahoo key material fuzz target for a bounded time without
// libFuzzer: seeds made at run time (real certificate ZIPs, keys, public
// keys) are mutated with a fixed-seed generator, plus purely random inputs.
// Fails on a crash (the process dies) or on an input slower than --hang-ms.
//
//   fuzz_yahoo_driver [--seconds N] [--seed S] [--hang-ms M] [--replay FILE]
//   fuzz_yahoo_driver --write-seeds DIR    (a starting corpus for the libFuzzer binary)

#include "testpki.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>

#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <random>
#include <thread>
#include <unistd.h>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

using namespace crossma::testpki;

namespace {

// The input being run, kept where a signal handler can write it out.
QByteArray g_current;
int g_dumpFd = -1;
std::atomic<qint64> g_startedMs{0};

void dumpCurrent()
{
    if (g_dumpFd < 0)
        return;
    if (lseek(g_dumpFd, 0, SEEK_SET) == 0
        && write(g_dumpFd, g_current.constData(), size_t(g_current.size())) >= 0)
        (void)ftruncate(g_dumpFd, g_current.size());
}

void onCrash(int sig)
{
    dumpCurrent();
    const char msg[] = "fuzz_yahoo_driver: crash; input saved to fuzz-yahoo-crash.bin\n";
    (void)write(2, msg, sizeof msg - 1);
    signal(sig, SIG_DFL);
    raise(sig);
}

qint64 nowMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

QByteArray tagged(char selector, const QByteArray &body)
{
    return QByteArray(1, selector) + body;
}

QList<QByteArray> makeSeeds()
{
    const YahooCertificateDownload d = yahooCertificateZip(QStringLiteral("mystore"), "API/");
    const Key key = d.key;
    const Key other = Key::sharedRsa(1);
    const Certificate cert = d.certificate;
    const QByteArray cp = cp932(QStringLiteral("ソフト表示/"));
    QList<QByteArray> zips = {
        d.zip,
        buildZip({{cp + "SHP-mystore.crt", cert.der(), true},
                  {cp + "mystore.key", key.pkcs8Pem(), true}}),
        buildZip({{"SHP-mystore.crt", crlf(cert.pem()), false, false, true},
                  {"mystore.key", key.pkcs8Der(), false, false, true}}),
        buildZip({{"SHP-mystore.crt", cert.pem(), false, false, false, "pw"},
                  {"mystore.key", key.traditionalPem()}}),
        buildZip({{"inner.zip", d.zip}, {"__MACOSX/._inner.zip", "x"}}),
        buildZip({{"SHP-mystore.crt", cert.pem()}, {"mystore.key", key.encryptedPkcs8Pem("pw")}}),
        buildZip({{"SHP-mystore.crt", cert.pem()}, {"mystore.key", other.traditionalPem()}}),
        buildZip({{"pad.bin", QByteArray(200000, 'A')}, {"SHP-mystore.crt", cert.pem()}}),
        withTraditionalEncryptionFlag(d.zip),
    };
    QList<QByteArray> seeds;
    for (const QByteArray &zip : zips) {
        seeds.append(tagged(0, zip));
        seeds.append(tagged(1, zip));
    }
    for (const QByteArray &pem :
         {key.publicKeyPem(), key.rsaPublicKeyPem(), key.publicKeyDer().toBase64(),
          Key::ec().publicKeyPem(), key.pkcs8Pem()})
        seeds.append(tagged(2, pem));
    for (const QByteArray &bytes :
         {key.traditionalPem(), key.pkcs8Der(), key.encryptedTraditionalPem("pw"), cert.pem(),
          cert.der(), crlf(key.pkcs8Pem())})
        seeds.append(tagged(3, bytes));
    seeds.append(tagged(4, cp + "SHP-mystore.crt"));
    return seeds;
}

class Mutator
{
public:
    explicit Mutator(quint32 seed) : m_rng(seed) {}

    int below(int n) { return n <= 0 ? 0 : int(m_rng() % quint32(n)); }

    QByteArray random()
    {
        QByteArray out(below(4096), '\0');
        for (char &c : out)
            c = char(m_rng());
        return out;
    }

    QByteArray mutate(QByteArray in, const QList<QByteArray> &seeds)
    {
        const int rounds = 1 + below(8);
        for (int i = 0; i < rounds; ++i) {
            // Keep byte 0 (the reader) most of the time.
            const int size = int(in.size());
            const int at = size > 1 ? 1 + below(size - 1) : 0;
            switch (below(9)) {
            case 0:
                if (size)
                    in[at] = char(in[at] ^ (1 << below(8)));
                break;
            case 1:
                if (size)
                    in[at] = char(m_rng());
                break;
            case 2:
                if (size)
                    in[at] = char(QByteArrayLiteral("\x00\xff\x7f\x80\x01\x0a\x2d\x3d").at(below(8)));
                break;
            case 3:
                in.insert(at, random().left(1 + below(16)));
                break;
            case 4:
                in.remove(at, 1 + below(qMax(1, size / 8)));
                break;
            case 5:
                in.truncate(at);
                break;
            case 6: {  // a 16/32-bit little-endian field (sizes, offsets, counts) set to an edge value
                static const quint32 edges[] = {0,          1,          0x7f, 0x80, 0xff,   0xffff,
                                                0x7fffffff, 0xffffffff, 64,   65,   1 << 20};
                const quint32 v = edges[below(int(sizeof edges / sizeof *edges))];
                const int width = below(2) ? 4 : 2;
                for (int b = 0; b < width && at + b < in.size(); ++b)
                    in[at + b] = char(v >> (8 * b));
                break;
            }
            case 7: {  // splice in a piece of another seed
                const QByteArray &other = seeds.at(below(int(seeds.size())));
                const int from = below(int(other.size()));
                in.insert(at, other.mid(from, 1 + below(256)));
                break;
            }
            default:
                if (size)
                    in[0] = char(below(5));
                break;
            }
        }
        return in;
    }

private:
    std::mt19937 m_rng;
};

int runOne(const QByteArray &input)
{
    g_current = input;
    g_startedMs = nowMs();
    LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(input.constData()),
                           size_t(input.size()));
    g_startedMs = 0;
    return 0;
}

}  // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int seconds = 20;
    quint32 seed = 20261128;
    int hangMs = 5000;
    QString replay;
    QString seedDir;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--seconds"))
            seconds = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--seed"))
            seed = args[i + 1].toUInt();
        else if (args[i] == QLatin1String("--hang-ms"))
            hangMs = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--replay"))
            replay = args[i + 1];
        else if (args[i] == QLatin1String("--write-seeds"))
            seedDir = args[i + 1];
    }
    if (!seedDir.isEmpty()) {
        const QList<QByteArray> seeds = makeSeeds();
        for (int i = 0; i < seeds.size(); ++i) {
            QFile file(QStringLiteral("%1/seed-%2.bin").arg(seedDir).arg(i));
            if (!file.open(QIODevice::WriteOnly) || file.write(seeds.at(i)) != seeds.at(i).size())
                return 2;
        }
        std::printf("wrote %d seeds to %s\n", int(seeds.size()), qPrintable(seedDir));
        return 0;
    }
    if (!replay.isEmpty()) {
        QFile file(replay);
        if (!file.open(QIODevice::ReadOnly))
            return 2;
        runOne(file.readAll());
        std::printf("replayed %s: no crash\n", qPrintable(replay));
        return 0;
    }

    g_dumpFd = ::open("fuzz-yahoo-crash.bin", O_WRONLY | O_CREAT, 0600);
    std::signal(SIGSEGV, onCrash);
    std::signal(SIGABRT, onCrash);
    std::signal(SIGBUS, onCrash);
    std::signal(SIGILL, onCrash);
    std::signal(SIGFPE, onCrash);

    // A watchdog: one input slower than hangMs is a hang.
    std::atomic<bool> done{false};
    std::thread watchdog([&] {
        while (!done) {
            const qint64 started = g_startedMs;
            if (started && nowMs() - started > hangMs) {
                dumpCurrent();
                std::fprintf(
                    stderr,
                    "fuzz_yahoo_driver: an input ran over %d ms; saved to fuzz-yahoo-crash.bin\n",
                    hangMs);
                std::_Exit(3);
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
        }
    });

    const QList<QByteArray> seeds = makeSeeds();
    Mutator mutator(seed);
    QElapsedTimer timer;
    timer.start();
    qint64 runs = 0;
    qint64 slowest = 0;
    for (const QByteArray &s : seeds)  // every seed as is first
        runOne(s), ++runs;
    while (timer.elapsed() < qint64(seconds) * 1000) {
        QByteArray input = mutator.below(10) == 0
                               ? QByteArray(1, char(mutator.below(5))) + mutator.random()
                               : mutator.mutate(seeds.at(mutator.below(int(seeds.size()))), seeds);
        const qint64 before = nowMs();
        runOne(input);
        slowest = qMax(slowest, nowMs() - before);
        ++runs;
    }
    done = true;
    watchdog.join();
    ::close(g_dumpFd);
    ::unlink("fuzz-yahoo-crash.bin");
    std::printf("fuzz_yahoo_driver: %lld inputs in %lld ms (seed %u, %d seeds), slowest %lld ms, "
                "no crash or hang\n",
                runs, qint64(timer.elapsed()), seed, int(seeds.size()), slowest);
    return 0;
}
