#include "uuidv7.h"

#include <QMutex>
#include <QRandomGenerator>

namespace ow {

namespace {

// 48-bit big-endian milliseconds, 4-bit version, 12-bit sequence, 2-bit variant, 62 random bits.
QUuid build(qint64 unixMillis, quint16 seq)
{
    quint64 rand = QRandomGenerator::system()->generate64();
    QByteArray bytes(16, '\0');
    for (int i = 0; i < 6; ++i)
        bytes[i] = char((quint64(unixMillis) >> (8 * (5 - i))) & 0xFF);
    bytes[6] = char(0x70 | ((seq >> 8) & 0x0F));
    bytes[7] = char(seq & 0xFF);
    bytes[8] = char(0x80 | (rand & 0x3F));
    rand >>= 6;
    for (int i = 9; i < 16; ++i) {
        bytes[i] = char(rand & 0xFF);
        rand >>= 8;
    }
    return QUuid::fromRfc4122(bytes);
}

} // namespace

QUuid UuidV7::createAt(qint64 unixMillis)
{
    return build(unixMillis, quint16(QRandomGenerator::system()->bounded(0x1000)));
}

QUuid UuidV7::create()
{
    qint64 unixMillis = QDateTime::currentMSecsSinceEpoch();
    // The 12-bit sequence keeps ids from one process ordered within a millisecond.
    static QMutex mutex;
    static qint64 lastMillis = -1;
    static quint16 counter = 0;
    quint16 seq = 0;
    {
        QMutexLocker lock(&mutex);
        if (unixMillis <= lastMillis) {
            // Same millisecond (or the clock stepped back): count on, borrowing the next
            // millisecond when the counter runs out, so ids stay ordered within the process.
            if (counter == 0x0FFF) {
                ++lastMillis;
                counter = 0;
            } else {
                ++counter;
            }
            unixMillis = lastMillis;
        } else {
            lastMillis = unixMillis;
            counter = quint16(QRandomGenerator::system()->bounded(0x0400));
        }
        seq = counter;
    }
    return build(unixMillis, seq);
}

QString UuidV7::createString()
{
    return create().toString(QUuid::WithoutBraces);
}

qint64 UuidV7::unixMillis(const QUuid &uuid)
{
    // QUuid::version() in Qt 6.4 knows versions 1 to 5 only.
    if ((uuid.data3 >> 12) != 7 || uuid.variant() != QUuid::DCE)
        return -1;
    const QByteArray bytes = uuid.toRfc4122();
    qint64 ms = 0;
    for (int i = 0; i < 6; ++i)
        ms = (ms << 8) | quint8(bytes[i]);
    return ms;
}

} // namespace ow
