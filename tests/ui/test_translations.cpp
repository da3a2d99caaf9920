// Every message of every .ts file is translated: none unfinished, vanished or obsolete, and
// none missing (lupdate is run over the sources into a copy first, so a tr() string that
// the .ts does not have yet appears as unfinished and fails the test).

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

class TestTranslations : public QObject
{
    Q_OBJECT

private:
    /// "context: source" of each message that is not completely translated.
    static QStringList untranslated(const QString &path, int *messages)
    {
        QStringList problems;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {QStringLiteral("cannot read %1").arg(path)};
        QXmlStreamReader xml(&file);
        QString context, source;
        bool translated = false, inMessage = false;
        *messages = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                const auto name = xml.name();
                if (name == QStringLiteral("name") && !inMessage) {
                    context = xml.readElementText();
                } else if (name == QStringLiteral("message")) {
                    inMessage = true;
                    translated = false;
                    source.clear();
                    ++*messages;
                } else if (name == QStringLiteral("source")) {
                    source = xml.readElementText();
                } else if (name == QStringLiteral("translation")) {
                    const QString type = xml.attributes().value(QStringLiteral("type")).toString();
                    bool complete = type.isEmpty();
                    bool any = false;
                    // Plural messages hold one <numerusform> per form; each must be filled.
                    while (!(xml.isEndElement() && xml.name() == QStringLiteral("translation")) && !xml.atEnd()) {
                        xml.readNext();
                        if (xml.isStartElement() && xml.name() == QStringLiteral("numerusform")) {
                            any = true;
                            if (xml.readElementText().isEmpty())
                                complete = false;
                        } else if (xml.isCharacters() && !xml.isWhitespace()) {
                            any = true;
                        }
                    }
                    translated = complete && any;
                    if (!type.isEmpty() && type != QStringLiteral("unfinished"))
                        problems << QStringLiteral("%1: \"%2\" is %3").arg(context, source, type);
                }
            } else if (xml.isEndElement() && xml.name() == QStringLiteral("message")) {
                inMessage = false;
                if (!translated)
                    problems << QStringLiteral("%1: \"%2\" is not translated").arg(context, source);
            }
        }
        if (xml.hasError())
            problems << QStringLiteral("%1: %2").arg(path, xml.errorString());
        return problems;
    }

private slots:
    void complete_data()
    {
        QTest::addColumn<QString>("ts");
        const QDir dir(QStringLiteral(HEADROOM_SOURCE_DIR "/translations"));
        const QStringList files = dir.entryList({QStringLiteral("*.ts")}, QDir::Files, QDir::Name);
        QVERIFY(files.contains(QStringLiteral("headroom_de.ts")));
        QVERIFY(files.contains(QStringLiteral("headroom_zh_CN.ts")));
        for (const QString &f : files)
            QTest::newRow(qPrintable(f)) << dir.filePath(f);
    }

    void complete()
    {
        QFETCH(QString, ts);
        int committed = 0;
        QStringList problems = untranslated(ts, &committed);
        QVERIFY(committed > 0);

        // The sources as they are now, merged into a copy of the file.
        QTemporaryDir tmp;
        const QString copy = tmp.filePath(QFileInfo(ts).fileName());
        QVERIFY(QFile::copy(ts, copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        // English is the source language: its catalogue holds the plural forms only.
        QStringList args = {QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                            QStringLiteral(HEADROOM_SOURCE_DIR "/ui"),
                            // core's refusals, which the UI shows translated
                            QStringLiteral(HEADROOM_SOURCE_DIR "/core/scenario/messages.h"),
                            // the component labels
                            QStringLiteral(HEADROOM_SOURCE_DIR "/core/estimate/components.h"), QStringLiteral("-ts"), copy};
        if (ts.endsWith(QStringLiteral("_en.ts")))
            args.prepend(QStringLiteral("-pluralonly"));
        QProcess lupdate;
        lupdate.start(QStringLiteral(HEADROOM_LUPDATE), args);
        QVERIFY(lupdate.waitForFinished(120000));
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());
        int current = 0;
        problems += untranslated(copy, &current);
        QVERIFY(current > 0);
        problems.removeDuplicates();
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 of %2 messages need work (run the update_translations "
                                                               "target, then translate them in Linguist):\n  %3")
                                                    .arg(problems.size())
                                                    .arg(current)
                                                    .arg(problems.mid(0, 40).join(QStringLiteral("\n  ")))));
    }
};

QTEST_APPLESS_MAIN(TestTranslations)
#include "test_translations.moc"
