namespace Posyandu.Education.Persistence;

public class EducationDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public override string Schema => EducationModule.ModuleName;

    public DbSet<EducationResident> Residents => Set<EducationResident>();

    public DbSet<PosyanduSite> Posyandu => Set<PosyanduSite>();

    public DbSet<PaudEnrolment> Enrolments => Set<PaudEnrolment>();

    public DbSet<OutOfSchoolCase> OutOfSchoolCases => Set<OutOfSchoolCase>();

    public DbSet<LearningResource> LearningResources => Set<LearningResource>();

    public DbSet<LibraryActivity> LibraryActivities => Set<LibraryActivity>();

    public DbSet<ServiceRequest> ServiceRequests => Set<ServiceRequest>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(EducationDbContext).Assembly);
        modelBuilder.AddServiceRequests();
    }
}

internal sealed class EducationSqliteDbContext(DbContextOptions<EducationSqliteDbContext> options) : EducationDbContext(options);

internal sealed class EducationSqlServerDbContext(DbContextOptions<EducationSqlServerDbContext> options) : EducationDbContext(options);
