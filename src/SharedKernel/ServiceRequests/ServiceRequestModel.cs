using Microsoft.EntityFrameworkCore;

namespace Posyandu.SharedKernel.ServiceRequests;

public static class ServiceRequestModel
{
    /// <summary>Adds the service-request tables to a module's model (call from its <c>ConfigureModel</c>).</summary>
    public static ModelBuilder AddServiceRequests(this ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<ServiceRequest>(request =>
        {
            request.ToTable("service_requests");
            request.HasKey(r => r.Id);
            request.Property(r => r.Sector).HasMaxLength(30);
            request.Property(r => r.Type).HasMaxLength(50);
            request.Property(r => r.RegionCode).HasMaxLength(13);
            request.Property(r => r.Description).HasMaxLength(2000);
            request.Property(r => r.Outcome).HasMaxLength(2000);
            request.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
            request.HasIndex(r => new { r.Status, r.DueAt });
            request.HasIndex(r => r.RegionCode);
            request.HasIndex(r => r.PosyanduId);
            request.HasMany(r => r.History).WithOne().HasForeignKey(h => h.RequestId).OnDelete(DeleteBehavior.Cascade);
            request.HasMany(r => r.Attachments).WithOne().HasForeignKey(a => a.RequestId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<ServiceRequestHistoryEntry>(history =>
        {
            history.ToTable("service_request_history");
            history.HasKey(h => h.Id);
            history.Property(h => h.Actor).HasMaxLength(200);
            history.Property(h => h.Roles).HasMaxLength(300);
            history.Property(h => h.From).HasConversion<string>().HasMaxLength(20);
            history.Property(h => h.To).HasConversion<string>().HasMaxLength(20);
            history.Property(h => h.Note).HasMaxLength(2000);
        });
        modelBuilder.Entity<ServiceRequestAttachment>(attachment =>
        {
            attachment.ToTable("service_request_attachments");
            attachment.HasKey(a => a.Id);
            attachment.Property(a => a.Kind).HasMaxLength(50);
            attachment.Property(a => a.Sha256).HasMaxLength(64);
            attachment.Property(a => a.ContentType).HasMaxLength(100);
            attachment.Property(a => a.UploadedBy).HasMaxLength(200);
        });
        return modelBuilder;
    }
}
