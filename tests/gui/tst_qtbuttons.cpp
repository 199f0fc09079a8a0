#include "guisupport.h"
#include "language.h"
#include "testsupport.h"

#include <QDialogButtonBox>
#include <QPushButton>

using namespace ow;

// Qt's own words (the standard OK, Cancel and Close buttons of every dialog, the context menus
// of text fields) come from Qt's translations, which the client package depends on.
TEST_CASE("In Chinese the standard dialog buttons are Chinese too", "[gui][language]")
{
    REQUIRE(Language::install(QStringLiteral("zh_CN")));
    QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Close);
    CHECK(box.button(QDialogButtonBox::Ok)->text() == QStringLiteral("确定"));
    CHECK(box.button(QDialogButtonBox::Cancel)->text() == QStringLiteral("取消"));
    CHECK(box.button(QDialogButtonBox::Close)->text() == QStringLiteral("关闭"));
    REQUIRE(Language::install(QStringLiteral("en")));
    QDialogButtonBox english(QDialogButtonBox::Cancel);
    CHECK(english.button(QDialogButtonBox::Cancel)->text() == QStringLiteral("Cancel"));
}
