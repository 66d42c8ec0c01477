namespace Posyandu.Host.Hosting;

/// <summary>
/// The host's own verbs, taken out of the arguments before the rest reaches configuration (which would read
/// "--seed-demo" as a key taking the next argument as its value):
/// <c>--seed-demo</c> fills an empty registry and every sector with the demo dataset at start-up (<c>Demo:Seed</c>);
/// <c>rebuild-read-models &lt;module&gt;</c> rebuilds a module's read models from the event history and exits;
/// <c>backup &lt;folder&gt;</c>, <c>restore &lt;folder&gt;</c> and <c>reconcile</c> (<see cref="BackupCommands"/>) back up,
/// restore, or make the platform consistent after a database-level restore, and exit.
/// </summary>
internal sealed record CommandLine(bool SeedDemo, string? RebuildModule, string[] HostArguments)
{
    public string? BackupFolder { get; init; }

    public string? RestoreFolder { get; init; }

    /// <summary><c>reconcile</c>: after a database-level restore (SQL Server), redeliver what consumers' inboxes lack.</summary>
    public bool Reconcile { get; init; }

    public bool IsBackupCommand => BackupFolder is not null || RestoreFolder is not null || Reconcile;

    public static CommandLine Parse(string[] args)
    {
        var rest = new List<string>();
        var seedDemo = false;
        string? rebuild = null;
        string? backup = null, restore = null;
        var reconcile = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--seed-demo":
                    seedDemo = true;
                    break;
                case "rebuild-read-models" when i + 1 < args.Length:
                    rebuild = args[++i];
                    break;
                case "backup" when i + 1 < args.Length:
                    backup = args[++i];
                    break;
                case "restore" when i + 1 < args.Length:
                    restore = args[++i];
                    break;
                case "reconcile":
                    reconcile = true;
                    break;
                default:
                    rest.Add(args[i]);
                    break;
            }
        }

        return new CommandLine(seedDemo, rebuild, [.. rest]) { BackupFolder = backup, RestoreFolder = restore, Reconcile = reconcile };
    }
}
