package se.servicekontor.payroll.employment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The edit form of an employee's name, address and protected-identity flag. */
public class EmployeeEditForm {

    @NotBlank(message = "{payroll.employeeEdit.firstName.required}")
    @Size(max = 100)
    private String firstName;

    @NotBlank(message = "{payroll.employeeEdit.lastName.required}")
    @Size(max = 100)
    private String lastName;

    @Size(max = 200)
    private String streetAddress;

    @Pattern(regexp = "|\\d{3} ?\\d{2}", message = "{payroll.employeeEdit.postalCode.format}")
    private String postalCode;

    @Size(max = 100)
    private String city;

    private boolean protectedIdentity;

    static EmployeeEditForm of(Employments.EmployeeView e) {
        EmployeeEditForm form = new EmployeeEditForm();
        form.firstName = e.firstName();
        form.lastName = e.lastName();
        form.streetAddress = e.protectedIdentity() ? null : e.streetAddress();
        form.postalCode = e.protectedIdentity() ? null : e.postalCode();
        form.city = e.protectedIdentity() ? null : e.city();
        form.protectedIdentity = e.protectedIdentity();
        return form;
    }

    public String getFirstName() { return firstName; }
    public void setFirstName(String firstName) { this.firstName = strip(firstName); }
    public String getLastName() { return lastName; }
    public void setLastName(String lastName) { this.lastName = strip(lastName); }
    public String getStreetAddress() { return streetAddress; }
    public void setStreetAddress(String streetAddress) { this.streetAddress = strip(streetAddress); }
    public String getPostalCode() { return postalCode; }
    public void setPostalCode(String postalCode) { this.postalCode = postalCode == null ? "" : postalCode.strip(); }
    public String getCity() { return city; }
    public void setCity(String city) { this.city = strip(city); }
    public boolean isProtectedIdentity() { return protectedIdentity; }
    public void setProtectedIdentity(boolean protectedIdentity) { this.protectedIdentity = protectedIdentity; }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
