// Node-RED settings for the relay benchmark (bench/peer/run.sh): headless, no editor and no
// admin API, HTTP nodes on 127.0.0.1:$NR_PORT, in-memory context only, warnings only.
module.exports = {
    uiHost: "127.0.0.1",
    uiPort: Number(process.env.NR_PORT || 1880),
    flowFile: "flows.json",
    credentialSecret: false,
    httpAdminRoot: false,
    disableEditor: true,
    httpNodeRoot: "/",
    httpRequestTimeout: 10000,
    diagnostics: { enabled: false, ui: false },
    runtimeState: { enabled: false, ui: false },
    telemetry: { enabled: false, updateNotification: false },
    externalModules: { autoInstall: false, palette: { allowInstall: false }, modules: { allowInstall: false } },
    functionExternalModules: false,
    exportGlobalContextKeys: false,
    logging: { console: { level: process.env.NR_LOG || "warn", metrics: false, audit: false } },
};
