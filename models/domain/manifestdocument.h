#pragma once

#include "casedocument.h"
#include "manifest.h"

#include <QCoreApplication>

namespace ow {

// The printed handoff manifest (流转单): the batch's cases and packets, places, signatures for
// handing over and receiving, and a QR code of the manifest number that the receiving side
// scans to receive the whole batch. Laid out by DocumentPrinter like every other document.
class ManifestDocument final
{
    Q_DECLARE_TR_FUNCTIONS(ManifestDocument)
public:
    static ComposedDocument compose(const Manifest &manifest, const QString &fromName,
                                    const QString &toName, const QString &senderName);
};

} // namespace ow
