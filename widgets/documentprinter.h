#pragma once

#include "domain/casedocument.h"
#include "domain/result.h"

#include <QCoreApplication>
#include <QFont>
#include <QString>
#include <QStringList>

class QPagedPaintDevice;
class QPrinter;
class QWidget;

namespace ow {

// Lays a ComposedDocument out on A4: for PDF files, printers and the print preview alike.
// It decides where words go, never what they say (that is CaseDocument's job).
class DocumentPrinter final
{
    Q_DECLARE_TR_FUNCTIONS(DocumentPrinter)

public:
    // A4 at 300 dpi with the Chinese text embedded as real text. Written to a temporary file
    // and renamed, so that a failure leaves no half-written PDF behind.
    static Status writePdf(const ComposedDocument &document, const QString &path);
    // Sets A4 and the document margins on the printer, then prints.
    static void print(const ComposedDocument &document, QPrinter *printer);
    // A modal print preview; the user may print from it.
    static void preview(const ComposedDocument &document, QWidget *parent);

    // The one layout behind the three above. Paints on `device` from its current page on and
    // returns the number of pages, or 0 when the device cannot be painted on.
    static int render(const ComposedDocument &document, QPagedPaintDevice *device);

    // CJK font families in order of preference, and the font documents are set in. The font's
    // family is empty when no Chinese font is installed.
    static QStringList preferredFamilies();
    static QFont documentFont();

    // The printer preview() and print dialogs start with (the settings dialog's choice); empty:
    // the system's default printer.
    static void setPreferredPrinter(const QString &printerName);
    static QString preferredPrinter();
    static QStringList availablePrinters();
    static QString defaultPrinterName(); // empty when the system has none
};

} // namespace ow
