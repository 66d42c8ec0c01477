namespace Posyandu.Reporting.ReadModels;

/// <summary>Every Reporting table is a read model: a rebuild starts from empty.</summary>
internal sealed class ReportingReadModelReset : IReadModelReset
{
    public string Module => ReportingModule.ModuleName;

    public async Task ResetAsync(ModuleDbContext db, CancellationToken cancellationToken)
    {
        var reporting = (ReportingDbContext)db;
        await reporting.Totals.ExecuteDeleteAsync(cancellationToken);
        await reporting.PosyanduTotals.ExecuteDeleteAsync(cancellationToken);
        await reporting.Facts.ExecuteDeleteAsync(cancellationToken);
        await reporting.RunningTotals.ExecuteDeleteAsync(cancellationToken);
        await reporting.Regions.ExecuteDeleteAsync(cancellationToken);
    }
}
