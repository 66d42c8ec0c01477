using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Posyandu.Identity.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class AuditListedSubjects : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Subjects",
                schema: "identity",
                table: "audit_entries",
                type: "nvarchar(max)",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Subjects",
                schema: "identity",
                table: "audit_entries");
        }
    }
}
