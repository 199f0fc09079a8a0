#include "qrcode.h"

#include <QPainter>
#include <QPainterPath>
#include <qrencode.h>

#include <algorithm>
#include <cmath>
#include <memory>

namespace ow {

namespace {
constexpr int kQuietZone = 4;
}

QrCode QrCode::encode(const QString &text)
{
    QrCode code;
    const QByteArray utf8 = text.toUtf8();
    if (utf8.isEmpty())
        return code;
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> symbol(
            QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1), &QRcode_free);
    if (!symbol)
        return code;
    code.m_size = symbol->width;
    code.m_modules.resize(qsizetype(code.m_size) * code.m_size);
    for (qsizetype i = 0; i < code.m_modules.size(); ++i)
        code.m_modules[i] = char(symbol->data[i] & 1);
    return code;
}

bool QrCode::isDark(int x, int y) const
{
    if (x < 0 || y < 0 || x >= m_size || y >= m_size)
        return false;
    return m_modules.at(qsizetype(y) * m_size + x) != 0;
}

void QrCode::paint(QPainter *painter, const QRectF &target) const
{
    if (isNull())
        return;
    const int modules = m_size + 2 * kQuietZone;
    const qreal side = std::min(target.width(), target.height());
    // Whole device pixels per module keep every module edge on the pixel grid.
    const qreal module = std::max<qreal>(1, std::floor(side / modules));
    const qreal drawn = module * modules;
    const QPointF origin(std::round(target.center().x() - drawn / 2),
                         std::round(target.center().y() - drawn / 2));

    // One path for all dark runs: filled at once, neighbouring squares show no seams.
    QPainterPath path;
    for (int y = 0; y < m_size; ++y) {
        int x = 0;
        while (x < m_size) {
            if (!isDark(x, y)) {
                ++x;
                continue;
            }
            const int start = x;
            while (x < m_size && isDark(x, y))
                ++x;
            path.addRect(QRectF(origin.x() + (kQuietZone + start) * module,
                                origin.y() + (kQuietZone + y) * module, (x - start) * module,
                                module));
        }
    }
    path.setFillRule(Qt::WindingFill);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setPen(Qt::NoPen);
    painter->fillRect(QRectF(origin, QSizeF(drawn, drawn)), Qt::white);
    painter->fillPath(path, Qt::black);
    painter->restore();
}

} // namespace ow
