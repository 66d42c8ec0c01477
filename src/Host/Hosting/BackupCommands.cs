using Posyandu.SharedKernel.Messaging;
using Posyandu.SharedKernel.Modules;
using Posyandu.SharedKernel.Operations;

namespace Posyandu.Host.Hosting;

/// <summary>
/// <c>backup &lt;folder&gt;</c> and <c>restore &lt;folder&gt;</c>, run instead of the web host. A backup may run while
/// the host serves (it takes the same consistent cut across processes). A restore checks the set, copies it into the
/// configured (empty) data folder, migrates it to this build's schema, then redelivers from the producers' kept
/// outbox history whatever a consumer's restored inbox lacks and delivers what was pending at the cut.
/// <c>reconcile</c> does only the last two steps: after SQL Server databases were restored by the database server.
/// </summary>
internal static class BackupCommands
{
    public static async Task<int> RunBackupCommandAsync(this WebApplication app, CommandLine command)
    {
        var backups = app.Services.GetRequiredService<BackupService>();
        if (command.BackupFolder is { } target)
        {
            var manifest = await backups.BackupAsync(target, CancellationToken.None);
            Console.WriteLine($"Backed up {manifest.Modules.Count} module databases ({manifest.Modules.Sum(m => m.Bytes):N0} bytes) and " +
                              $"{manifest.Attachments.Files} attachments ({manifest.Attachments.Bytes:N0} bytes) into {Path.GetFullPath(target)}.");
            return 0;
        }

        if (command.RestoreFolder is { } folder)
        {
            try
            {
                var manifest = await backups.RestoreFilesAsync(folder, CancellationToken.None);
                Console.WriteLine($"Restored {manifest.Modules.Count} module databases and {manifest.Attachments.Files} attachments (the cut of {manifest.CreatedAt:u}).");
            }
            catch (BackupRejectedException ex)
            {
                Console.Error.WriteLine($"Restore refused: {ex.Message}");
                return 2;
            }
        }

        await app.Services.InitializeModulesAsync();
        var (redelivered, failures) = await app.Services.GetRequiredService<InboxReconciler>().ReconcileAsync(CancellationToken.None);
        var pending = await DeliverPendingAsync(app.Services);
        Console.WriteLine($"Consumers re-received {redelivered} deliveries their restored inboxes lacked; {pending} pending messages delivered; {failures.Count} failed.");
        foreach (var failure in failures)
        {
            Console.WriteLine($"  {failure}");
        }

        return failures.Count == 0 ? 0 : 1;
    }

    /// <summary>Dispatches every module's outbox until a round delivers nothing (a delivery can publish further events).</summary>
    public static async Task<int> DeliverPendingAsync(IServiceProvider services)
    {
        var dispatcher = services.GetRequiredService<OutboxDispatcher>();
        var total = 0;
        for (var round = 0; round < 20; round++)
        {
            var delivered = 0;
            foreach (var module in dispatcher.Modules.ToList())
            {
                delivered += (await dispatcher.DispatchAsync(module, CancellationToken.None)).Delivered;
            }

            total += delivered;
            if (delivered == 0)
            {
                break;
            }
        }

        return total;
    }
}
