#pragma once

#include "domain/result.h"
#include "domain/serviceitem.h"
#include "domain/workcalendar.h"

#include <QJsonObject>

namespace ow {

// The data built into the program (resources/): what `init` loads into a new database.
class EmbeddedData final
{
public:
    static Result<Catalog> catalog();
    static Result<WorkCalendar> calendar();
    // The catalogue's wire and export form.
    static QJsonObject catalogJson(const Catalog &catalog);
};

} // namespace ow
