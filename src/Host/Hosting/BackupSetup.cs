using Hangfire;
using Posyandu.SharedKernel.Operations;

namespace Posyandu.Host.Hosting;

/// <summary>
/// Online backups of the embedded (SQLite) platform: <see cref="BackupService"/>, the admin API
/// (<c>POST /api/platform/backups</c>) and the scheduled job (<c>Backup:Cron</c>, keeping <c>Backup:Retention</c> sets).
/// The command-line verbs are in <see cref="BackupCommands"/>.
/// </summary>
internal static class BackupSetup
{
    public static IServiceCollection AddPosyanduBackup(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BackupOptions>().Bind(configuration.GetSection(BackupOptions.Section));
        services.AddSingleton<BackupService>();
        services.AddTransient<BackupJob>();
        return services;
    }

    public static WebApplication UsePosyanduBackup(this WebApplication app)
    {
        app.MapBackupEndpoints();
        var backups = app.Services.GetRequiredService<BackupService>();
        var cron = app.Configuration[$"{BackupOptions.Section}:{nameof(BackupOptions.Cron)}"] ?? new BackupOptions().Cron;
        var recurring = app.Services.GetRequiredService<IRecurringJobManager>();
        if (backups.IsSupported && cron.Length > 0)
        {
            recurring.AddOrUpdate<BackupJob>("backup", job => job.RunAsync(CancellationToken.None), cron);
        }
        else
        {
            recurring.RemoveIfExists("backup");
        }

        return app;
    }
}
