// A field people never see and robots fill in: a form whose `company` is not empty is from a robot
// (the reply and newsletter schemas read it). Hidden from assistive technology and the tab order.
export function HoneypotField() {
  return (
    <div aria-hidden="true" className="honeypot">
      <label>
        Company
        <input type="text" name="company" tabIndex={-1} autoComplete="off" defaultValue="" />
      </label>
    </div>
  );
}
