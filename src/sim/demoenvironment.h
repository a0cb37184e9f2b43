#pragma once

#include "result.h"
#include "sampledata.h"
#include "secrets/credentials.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QProcessEnvironment>
#include <QThread>
#include <QUrl>

#include <memory>

namespace Ponte::Sim {

class OmieSimulator;
class PloomesSimulator;

/**
 * The built-in demo: both simulators on loopback in a thread of their own, seeded with the sample
 * data, with demo credentials and limits scaled ×10 so that a demo sync takes seconds. Their state
 * is saved to a file in the demo data folder, so that successive `ponte-cli --demo` runs see the
 * records earlier runs wrote.
 */
class DemoEnvironment
{
    Q_DECLARE_TR_FUNCTIONS(Ponte::Sim::DemoEnvironment)

public:
    explicit DemoEnvironment(QString stateFile);
    ~DemoEnvironment();

    /**
     * Seeds a first start with @p sizes instead of demoSizes() (benchmarks scale the demo up); a saved
     * state still wins. Call before start().
     */
    void setSampleSizes(const SampleSizes &sizes) { m_sizes = sizes; }
    Status start();
    /** Writes the simulators' state to the state file. */
    Status save();

    Credentials credentials() const;
    /**
     * The order defaults (setting name, value) an administrator of the demo company would pick in the
     * set-up assistant, so that the demo sends orders and its pre-flight passes.
     */
    QList<QPair<QString, QString>> orderDefaults() const;
    /** Points Ponte at the simulators: URLs and the demo limits, as environment overrides. */
    QProcessEnvironment applyTo(QProcessEnvironment env) const;

    QUrl omieUrl() const { return m_omieUrl; }
    QUrl ploomesUrl() const { return m_ploomesUrl; }
    /** Live in thread(): call them through QMetaObject::invokeMethod. */
    OmieSimulator *omie() const { return m_omie; }
    PloomesSimulator *ploomes() const { return m_ploomes; }
    QThread *thread() { return &m_thread; }

    static SampleSizes demoSizes();

private:
    QString m_stateFile;
    SampleSizes m_sizes = demoSizes();
    QThread m_thread;
    /** Lives in m_thread: the target of blocking calls into it (the QThread object itself lives in ours). */
    QObject *m_context = nullptr;
    OmieSimulator *m_omie = nullptr;
    PloomesSimulator *m_ploomes = nullptr;
    QUrl m_omieUrl;
    QUrl m_ploomesUrl;
};

} // namespace Ponte::Sim
