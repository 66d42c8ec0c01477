namespace Posyandu.Reporting.Persistence;

/// <summary>Reporting's own read models, fed only by integration events.</summary>
public class ReportingDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public override string Schema => ReportingModule.ModuleName;

    public DbSet<MetricTotal> Totals => Set<MetricTotal>();

    public DbSet<PosyanduMetricTotal> PosyanduTotals => Set<PosyanduMetricTotal>();

    public DbSet<SubjectFact> Facts => Set<SubjectFact>();

    public DbSet<RunningTotalChange> RunningTotals => Set<RunningTotalChange>();

    public DbSet<ReportRegion> Regions => Set<ReportRegion>();

    protected override void ConfigureModel(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ReportingDbContext).Assembly);
}

internal sealed class ReportingSqliteDbContext(DbContextOptions<ReportingSqliteDbContext> options) : ReportingDbContext(options);

internal sealed class ReportingSqlServerDbContext(DbContextOptions<ReportingSqlServerDbContext> options) : ReportingDbContext(options);
