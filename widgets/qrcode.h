#pragma once

#include <QByteArray>
#include <QString>

class QPainter;
class QRectF;

namespace ow {

// A QR code symbol (libqrencode), painted as vector squares so that it stays sharp on paper
// and in PDF at any resolution.
class QrCode final
{
public:
    // Error correction level M (15%): survives a crease or a stamp mark on a printed notice.
    static QrCode encode(const QString &text);

    bool isNull() const { return m_size == 0; }
    int size() const { return m_size; } // modules per side, without the quiet zone
    bool isDark(int x, int y) const;

    // Paints the symbol with its 4-module quiet zone centred in `target` (a square is used).
    void paint(QPainter *painter, const QRectF &target) const;

private:
    int m_size = 0;
    QByteArray m_modules; // m_size * m_size bytes, 1 = dark
};

} // namespace ow
